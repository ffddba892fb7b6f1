// The synthesizer's phrase tables: per trade (what a PES of that trade says it does, and how an
// official words an order for it), per legal form (names, self-descriptions) and common phrases.
// Texts are templates of the grammar in grammar.hpp.
#pragma once

#include <array>
#include <cstddef>
#include <string_view>
#include <vector>

#include "pesmatch/pes.hpp"
#include "synth/grammar.hpp"

namespace pesmatch::synth {

/// A list of phrase templates.
using Phrases = std::vector<std::string_view>;

/// The lines of work that PES do and that tenders buy.
enum class Trade : std::size_t {
  cleaning, catering, care, transport, green, construction, laundry, printing, education, recycling,
  tourism, security, handicraft,
};
/// Number of trades.
inline constexpr std::size_t kTradeCount = 13;

/// Everything said about one trade.
struct TradeText {
  std::string_view key;     ///< short English key ("cleaning")
  Phrases cpv_prefixes;     ///< CPV digit prefixes of its sensible branches ("9091")
  Phrases art361_cpv;       ///< 8-digit CPV codes an art. 361 reservation may use (may be empty)
  Phrases pkd;              ///< PKD 2007 subclasses
  Phrases tags;             ///< `services` tags, nominative ("sprzątanie biur")
  Phrases acts;             ///< verb phrases with "^" ("sprząta^ biura")
  Phrases offers;           ///< accusative noun phrases ("mycie okien")
  Phrases clients;          ///< "dla …" phrases
  Phrases assets;           ///< whole sentences on equipment and experience
  Phrases names;            ///< trade-flavoured proper names ("Czysty Dom")
  Phrases titles;           ///< tender titles
  Phrases subjects;         ///< "Przedmiotem zamówienia jest …" (nominative)
  Phrases scopes;           ///< items of "Zakres obejmuje …" (accusative)
  int value_min_k = 20;     ///< typical order value, thousand zł, lower end
  int value_max_k = 1000;   ///< upper end
};

/// Everything said about one legal form.
struct FormText {
  LegalForm form;                               ///< the form
  std::string_view nom;                         ///< "spółdzielnia socjalna"
  std::string_view inst;                        ///< "spółdzielnią socjalną"
  std::string_view subject;                     ///< 3rd-person subject template ("[spółdzielnia|nasza spółdzielnia]")
  Gender gender;                                ///< grammatical gender of the form's noun
  int share_per_mille;                          ///< share among PES
  int founded_min;                              ///< earliest founding year
  int employees_min, employees_max;             ///< usual head count
  std::array<int, kTradeCount> trade_weights;   ///< how often it does each trade
  Phrases names;                                ///< name patterns ({q}, {qt}, {kgw}, {cause}, {gmina}, {of_powiat})
  Phrases city_names;                           ///< name patterns for a seat in a big city ({w_city})
  Phrases facts;                                ///< sentences typical of the form
};

/// Phrases shared by all trades and forms.
struct CommonText {
  Phrases openings_we, openings_it;   ///< first sentences, 1st person plural / 3rd person
  Phrases missions;                   ///< "Celem … jest {mission}" (nominative)
  Phrases service_sentences;          ///< sentences built on {act}, {offers}, {tags}
  Phrases client_sentences;           ///< sentences built on {client}
  Phrases place_sentences;            ///< sentences built on {place}
  Phrases closings;                   ///< last sentences
  Phrases thin;                       ///< one-sentence descriptions
  Phrases founders;                   ///< "z inicjatywy {founder}" (genitive)
  Phrases groups_acc;                 ///< target groups, accusative plural
  Phrases groups_inv;                 ///< target groups as invariant modifiers ("z niepełnosprawnościami")
  Phrases workshops;                  ///< workshop kinds of CIS/WTZ
  Phrases causes;                     ///< "na Rzecz {cause}"
  Phrases standalone_names;           ///< proper names ("Razem", "Pod Lipami")
  Phrases kgw_names;                  ///< names of KGW ("Kalinki")
  std::vector<std::array<std::string_view, 3>> adjectives;  ///< masculine, feminine, neuter
  std::array<Phrases, 3> nouns;       ///< nouns by gender (masculine, feminine, neuter)
  Phrases streets;                    ///< street names as written after "ul."
  Phrases mail_domains;               ///< free mail providers
  Phrases periods;                    ///< tender periods ({ty}, {ty2})
  Phrases period_sentences;           ///< sentences around {period}
  Phrases tender_extras;              ///< procedural sentences of a tender
  Phrases art94_clauses, art361_clauses;  ///< reservation clauses
};

/// The trade tables, indexed by Trade.
const std::array<TradeText, kTradeCount>& trade_texts();
/// The legal-form tables, in contract order.
const std::vector<FormText>& form_texts();
/// The common phrases.
const CommonText& common_text();

// Defined in phrases_trades_*.cpp.
/// Cleaning.
TradeText cleaning_text();
/// Catering.
TradeText catering_text();
/// Care.
TradeText care_text();
/// Transport.
TradeText transport_text();
/// Green areas.
TradeText green_text();
/// Construction and repairs.
TradeText construction_text();
/// Laundry.
TradeText laundry_text();
/// Printing.
TradeText printing_text();
/// Education and training.
TradeText education_text();
/// Waste and recycling.
TradeText recycling_text();
/// Tourism and children's holidays.
TradeText tourism_text();
/// Security.
TradeText security_text();
/// Handicraft and promotional items.
TradeText handicraft_text();

}  // namespace pesmatch::synth
