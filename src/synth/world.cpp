#include "synth/world.hpp"

#include <map>
#include <string>

#include "pesmatch/error.hpp"
#include "pesmatch/reserved_orders.hpp"

namespace pesmatch::synth {
namespace {

// Tender subjects by how often offices buy them from PES, in Trade order.
constexpr std::array<int, kTradeCount> kTenderTradeWeights{18, 14, 12, 9, 12, 9, 4, 4, 6, 4, 4, 3, 2};

// Draw weights of gminy: big cities by population, then urban, urban-rural and rural gminy by
// their typical population (tens of thousands of inhabitants ≈ weight / 1000).
constexpr int kUrbanWeight = 20, kUrbanRuralWeight = 12, kRuralWeight = 7;

// Inflects a powiat's adjectival name word by word ("łódzki wschodni" → "łódzkiego wschodniego").
void inflect(PowiatInfo& p) {
  std::size_t start = 0;
  while (start <= p.name.size()) {
    auto end = p.name.find(' ', start);
    if (end == std::string_view::npos) end = p.name.size();
    const std::string word(p.name.substr(start, end - start));
    const bool soft = !word.empty() && word.back() == 'i';
    const std::string gen = soft ? word + "ego" : word.substr(0, word.size() - 1) + "ego";
    const std::string sep = start == 0 ? "" : " ";
    p.gen += sep + gen;
    p.loc += sep + word + "m";
    std::string nom_cap = word, gen_cap = gen;
    capitalize_at(nom_cap, 0);
    capitalize_at(gen_cap, 0);
    p.nom_cap += sep + nom_cap;
    p.gen_cap += sep + gen_cap;
    start = end + 1;
  }
}

[[noreturn]] void missing(const std::string& what) {
  throw Error(ErrorCode::io, "synth: the reference data lacks " + what);
}

}  // namespace

World::World(const ReferenceData& r) : ref(r), wojewodztwa(wojewodztwa_table()) {
  std::map<std::string, std::size_t> woj_index, powiat_index;
  for (std::size_t i = 0; i < wojewodztwa.size(); ++i) woj_index[wojewodztwa[i].code.str()] = i;
  for (const auto& u : ref.territory.units()) {
    if (u.code.level() != TerytLevel::powiat) continue;
    PowiatInfo p;
    p.code = u.code;
    p.name = u.name;
    p.city = u.kind.find("na prawach powiatu") != std::string::npos;
    const auto w = woj_index.find(u.code.wojewodztwo().str());
    if (w == woj_index.end()) missing("województwo " + u.code.wojewodztwo().str());
    p.woj = w->second;
    if (!p.city) inflect(p);
    powiat_index[u.code.str()] = powiaty.size();
    powiaty.push_back(std::move(p));
  }
  std::map<std::string_view, const CityInfo*> city_of;
  for (const auto& c : cities()) city_of[c.powiat] = &c;
  for (const auto& u : ref.territory.units()) {
    if (u.code.level() != TerytLevel::gmina) continue;
    const char type = u.code.str().back();
    if (type != '1' && type != '2' && type != '3') continue;
    GminaInfo g{u.code, u.name, type, powiat_index.at(u.code.powiat().str()), {}};
    int weight = type == '1' ? kUrbanWeight : type == '3' ? kUrbanRuralWeight : kRuralWeight;
    if (const auto c = city_of.find(u.code.powiat().str()); c != city_of.end() && type == '1') {
      g.w_city = c->second->w_loc;
      weight = c->second->population_k;
    }
    powiaty[g.powiat].gminy.push_back(gminy.size());
    gminy.push_back(g);
    gmina_weights.add(static_cast<std::uint64_t>(weight));
  }
  for (std::size_t a = 0; a < powiaty.size(); ++a)
    for (std::size_t b = a + 1; b < powiaty.size(); ++b)
      if (ref.territory.neighbours(powiaty[a].code, powiaty[b].code)) {
        powiaty[a].neighbours.push_back(b);
        powiaty[b].neighbours.push_back(a);
      }

  for (const auto& f : form_texts()) {
    form_weights.add(static_cast<std::uint64_t>(f.share_per_mille));
    auto& table = trades_by_form.emplace_back();
    for (int w : f.trade_weights) table.add(static_cast<std::uint64_t>(w));
  }
  for (int w : kTenderTradeWeights) tender_trades.add(static_cast<std::uint64_t>(w));

  const auto& trades = trade_texts();
  for (const auto& entry : ref.cpv.entries()) {
    const auto digits = entry.code.digits_str();
    for (std::size_t t = 0; t < kTradeCount; ++t)
      for (const auto prefix : trades[t].cpv_prefixes)
        if (digits.starts_with(prefix)) {
          codes[t].cpv.push_back(entry.code);
          break;
        }
  }
  for (std::size_t t = 0; t < kTradeCount; ++t) {
    const auto& text = trades[t];
    if (codes[t].cpv.empty()) missing("CPV codes for the trade " + std::string(text.key));
    for (const auto code : text.art361_cpv) {
      const auto found = ref.cpv.find(static_cast<std::uint32_t>(std::stoul(std::string(code))));
      if (!found || !is_art361_cpv(*found)) missing("the art. 361 CPV code " + std::string(code));
      codes[t].art361.push_back(*found);
    }
    for (const auto code : text.pkd) {
      auto parsed = ref.pkd.parse(code);
      if (!parsed) missing("the PKD subclass " + std::string(code));
      codes[t].pkd.push_back(*parsed.value);
    }
    for (const auto tag : text.tags) {
      const auto first = tag.substr(0, tag.find(' '));
      if (first.ends_with("nie") || first.ends_with("cie")) codes[t].tags_inst.push_back(tag);
    }
  }
}

}  // namespace pesmatch::synth
