// The market survey as JSON and as a printable HTML page; every text comes from the catalogue.
#include <algorithm>
#include <nlohmann/json.hpp>

#include "pesmatch/market.hpp"
#include "report/html.hpp"
#include "report/result_json.hpp"

namespace pesmatch {
namespace {

constexpr const char* kReachKeys[] = {"market.reach.within_10_km", "market.reach.within_30_km", "market.reach.within_60_km",
                                      "market.reach.in_powiat", "market.reach.in_wojewodztwo"};

nlohmann::ordered_json reach_json(const ReachCounts& c) {
  return {{"within_10_km", c.within_10_km}, {"within_30_km", c.within_30_km}, {"within_60_km", c.within_60_km},
          {"in_powiat", c.in_powiat}, {"in_wojewodztwo", c.in_wojewodztwo}};
}

// A table header row of catalogue keys ("" for an empty cell).
std::string header_row(const Catalogue& words, std::initializer_list<const char*> keys) {
  std::string row = "<tr>";
  for (const char* key : keys) row += "<th>" + (*key ? detail::html_escape(words.text(key)) : std::string()) + "</th>";
  return row + "</tr>\n";
}

std::string reach_row(const std::string& label, const ReachCounts& c) {
  return "<tr><th>" + detail::html_escape(label) + "</th><td>" + std::to_string(c.within_10_km) + "</td><td>" +
         std::to_string(c.within_30_km) + "</td><td>" + std::to_string(c.within_60_km) + "</td><td>" +
         std::to_string(c.in_powiat) + "</td><td>" + std::to_string(c.in_wojewodztwo) + "</td></tr>\n";
}

// The three strongest factors, each as its label and its detail in words.
std::string strongest_factors(const Catalogue& words, const RankedPes& p) {
  std::vector<const FactorExplanation*> top;
  for (const auto& f : p.factors)
    if (f.contribution > 0.005) top.push_back(&f);
  std::stable_sort(top.begin(), top.end(), [](auto* a, auto* b) { return a->contribution > b->contribution; });
  std::string out;
  for (std::size_t i = 0; i < top.size() && i < 3; ++i)
    out += (i ? "<br>" : "") + detail::html_escape(feature_label(words, top[i]->feature) + ": " + words.render(top[i]->message));
  return out;
}

std::string ranked_rows(const Catalogue& words, const MatchResult& r) {
  std::string rows;
  for (std::size_t i = 0; i < r.ranked.size(); ++i) {
    const auto& p = r.ranked[i];
    const auto contact = detail::contact_json(p.record);
    rows += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + detail::html_escape(p.name) + "</td><td>" +
            detail::html_escape(detail::legal_form_label(std::string(to_string(p.record.legal_form)), words.language())) + "</td><td>" +
            words.number(p.score, 3) + "</td><td>" + words.number(p.distance_km, 0) + " km</td><td>" +
            detail::html_escape(words.render(p.eligibility.message)) + "</td><td>" + strongest_factors(words, p) + "</td><td>" +
            detail::html_escape(contact.value("email", "")) + " " + detail::html_escape(contact.value("phone", "")) + "</td></tr>\n";
  }
  return rows;
}

std::string comparable_rows(const Catalogue& words, const std::vector<ComparableContract>& list) {
  std::string rows;
  for (const auto& c : list)
    rows += "<tr><td>" + detail::html_escape(c.winner.empty() ? c.pes_name : c.winner) + "</td><td>" + detail::html_escape(c.title) + "</td><td>" +
            detail::html_escape(c.buyer) + "</td><td>" + (c.year ? std::to_string(c.year) : "—") + "</td><td>" +
            (c.value_pln >= 0 ? detail::zloty(c.value_pln) : "—") + "</td><td>" + c.cpv + "</td></tr>\n";
  return rows.empty() ? "<tr><td colspan=\"6\">" + detail::html_escape(words.text("market.comparable.none")) + "</td></tr>\n" : rows;
}

std::string data_section(const Catalogue& words, const MarketSurvey& s) {
  const auto snapshot = Message{"market.data.snapshot", {}}
                            .text("digest", s.snapshot.catalogue_digest)
                            .text("date", s.snapshot.reference_date)
                            .text("version", s.snapshot.version);
  const auto parameters = Message{"market.data.parameters", {}}
                              .number("km", s.options.reach_km)
                              .number("fit", s.options.can_deliver_fit, 2)
                              .text("min", std::to_string(s.options.min_for_art94));
  return "<h2>" + detail::html_escape(words.text("market.data.heading")) + "</h2>\n<p>" + detail::html_escape(words.render(snapshot)) +
         "<br>" + detail::html_escape(words.render(parameters)) + "</p>\n";
}

}  // namespace

std::string market_json(const MarketSurvey& s, Language lang) {
  nlohmann::ordered_json j;
  j["tender"] = s.tender.id;
  j["title"] = s.tender.title;
  j["date"] = s.today;
  j["parameters"] = {{"reach_km", s.options.reach_km}, {"can_deliver_fit", s.options.can_deliver_fit},
                     {"min_for_art94", s.options.min_for_art94}, {"top", s.options.top_k}};
  j["able_to_deliver"] = reach_json(s.able);
  j["able_and_eligible_art94"] = reach_json(s.able_art94);
  j["art94"] = {{"viable", s.art94_viable}, {"reachable_eligible", s.reachable_art94},
                {"verdict", Catalogue::of(lang).render(s.verdict_message)}};
  j["ranked"] = detail::match_result_json(s.tender, s.ranked, lang)["results"];
  j["comparable_contracts"] = nlohmann::ordered_json::array();
  for (const auto& c : s.comparable)
    j["comparable_contracts"].push_back({{"pes", c.pes_id}, {"pes_name", c.pes_name}, {"title", c.title}, {"buyer", c.buyer},
                                         {"year", c.year}, {"value_pln", c.value_pln}, {"cpv", c.cpv},
                                         {"winner", c.winner.empty() ? c.pes_name : c.winner}, {"winner_nip", c.winner_nip},
                                         {"date", c.date}, {"notice", c.notice}});
  j["snapshot"] = {{"catalogue_digest", s.snapshot.catalogue_digest}, {"reference_date", s.snapshot.reference_date},
                   {"pesmatch_version", s.snapshot.version}};
  return j.dump(2);
}

std::string market_html(const MarketSurvey& s, Language lang) {
  const auto& words = Catalogue::of(lang);
  const auto text = [&](const char* key) { return detail::html_escape(words.text(key)); };
  std::string h = "<!DOCTYPE html>\n<html lang=\"" + std::string(to_string(lang)) + "\"><head><meta charset=\"utf-8\"><title>" +
                  detail::html_escape(words.render(Message{"market.page_title", {}}.text("title", s.tender.title))) +
                  "</title>\n<style>body{font:11pt sans-serif;margin:2em}"
                  "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:3px 6px;text-align:left}"
                  ".verdict{font-weight:bold;padding:.5em;border:2px solid #333}@media print{body{margin:0}}</style></head><body>\n";
  h += "<h1>" + text("market.heading") + "</h1>\n<p><b>" + text("market.order") + "</b> " + detail::html_escape(s.tender.title) +
       " (" + detail::html_escape(s.tender.id) + ")<br><b>" + text("market.date") + "</b> " + detail::html_escape(s.today) + "</p>\n";
  h += "<p class=\"verdict\">" + detail::html_escape(words.render(s.verdict_message)) + "</p>\n";
  h += "<h2>" + text("market.able.heading") + "</h2>\n<table>" + header_row(words, {"", kReachKeys[0], kReachKeys[1], kReachKeys[2], kReachKeys[3], kReachKeys[4]}) +
       reach_row(words.text("market.able.all"), s.able) + reach_row(words.text("market.able.art94"), s.able_art94) + "</table>\n";
  h += "<h2>" + text("market.ranking.heading") + "</h2>\n<table>" +
       header_row(words, {"market.ranking.rank", "market.ranking.pes", "market.ranking.legal_form", "market.ranking.score",
                          "market.ranking.distance", "market.ranking.eligibility", "market.ranking.factors", "market.ranking.contact"}) +
       ranked_rows(words, s.ranked) + "</table>\n";
  h += "<h2>" + text("market.comparable.heading") + "</h2>\n<table>" +
       header_row(words, {"market.ranking.pes", "market.comparable.contract", "market.comparable.buyer", "market.comparable.year",
                          "market.comparable.value", "market.comparable.cpv"}) +
       comparable_rows(words, s.comparable) + "</table>\n";
  return h + data_section(words, s) + "</body></html>\n";
}

}  // namespace pesmatch
