#include <nlohmann/json.hpp>

#include "pesmatch/market.hpp"
#include "report/html.hpp"
#include "report/result_json.hpp"

namespace pesmatch {
namespace {

nlohmann::ordered_json reach_json(const ReachCounts& c) {
  return {{"within_10_km", c.within_10_km}, {"within_30_km", c.within_30_km}, {"within_60_km", c.within_60_km},
          {"in_powiat", c.in_powiat}, {"in_wojewodztwo", c.in_wojewodztwo}};
}

std::string reach_row(const char* label, const ReachCounts& c) {
  return std::string("<tr><th>") + label + "</th><td>" + std::to_string(c.within_10_km) + "</td><td>" +
         std::to_string(c.within_30_km) + "</td><td>" + std::to_string(c.within_60_km) + "</td><td>" +
         std::to_string(c.in_powiat) + "</td><td>" + std::to_string(c.in_wojewodztwo) + "</td></tr>\n";
}

std::string ranked_rows(const MatchResult& r) {
  std::string rows;
  for (std::size_t i = 0; i < r.ranked.size(); ++i) {
    const auto& p = r.ranked[i];
    const auto contact = nlohmann::json::parse(p.record_json).value("contact", nlohmann::json::object());
    std::string factors;
    for (const auto& f : p.factors)
      if (f.contribution > 0.005) factors += detail::html_escape(std::string(feature_name(f.feature))) + " " + detail::fixed(f.contribution, 2) + "; ";
    rows += "<tr><td>" + std::to_string(i + 1) + "</td><td>" + detail::html_escape(p.name) + "</td><td>" +
            detail::fixed(p.score, 3) + "</td><td>" + detail::fixed(p.distance_km, 0) + " km</td><td>" +
            detail::html_escape(p.eligibility.reason) + "</td><td>" + factors + "</td><td>" +
            detail::html_escape(contact.value("email", "")) + " " + detail::html_escape(contact.value("phone", "")) + "</td></tr>\n";
  }
  return rows;
}

std::string comparable_rows(const std::vector<ComparableContract>& list) {
  std::string rows;
  for (const auto& c : list)
    rows += "<tr><td>" + detail::html_escape(c.winner.empty() ? c.pes_name : c.winner) + "</td><td>" + detail::html_escape(c.title) + "</td><td>" +
            detail::html_escape(c.buyer) + "</td><td>" + (c.year ? std::to_string(c.year) : "—") + "</td><td>" +
            (c.value_pln >= 0 ? detail::zloty(c.value_pln) : "—") + "</td><td>" + c.cpv + "</td></tr>\n";
  return rows.empty() ? "<tr><td colspan=\"6\">brak danych o porównywalnych umowach</td></tr>\n" : rows;
}

}  // namespace

std::string market_json(const MarketSurvey& s) {
  nlohmann::ordered_json j;
  j["tender"] = s.tender.id;
  j["title"] = s.tender.title;
  j["date"] = s.today;
  j["parameters"] = {{"reach_km", s.options.reach_km}, {"can_deliver_fit", s.options.can_deliver_fit},
                     {"min_for_art94", s.options.min_for_art94}, {"top", s.options.top_k}};
  j["able_to_deliver"] = reach_json(s.able);
  j["able_and_eligible_art94"] = reach_json(s.able_art94);
  j["art94"] = {{"viable", s.art94_viable}, {"reachable_eligible", s.reachable_art94}, {"verdict", s.verdict}};
  j["ranked"] = detail::match_result_json(s.tender, s.ranked)["results"];
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

std::string market_html(const MarketSurvey& s) {
  std::string h = "<!DOCTYPE html>\n<html lang=\"pl\"><head><meta charset=\"utf-8\"><title>Rozeznanie rynku PES — " +
                  detail::html_escape(s.tender.title) + "</title>\n<style>body{font:11pt sans-serif;margin:2em}"
                  "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #999;padding:3px 6px;text-align:left}"
                  ".verdict{font-weight:bold;padding:.5em;border:2px solid #333}@media print{body{margin:0}}</style></head><body>\n";
  h += "<h1>Rozeznanie rynku podmiotów ekonomii społecznej</h1>\n<p><b>Zamówienie:</b> " + detail::html_escape(s.tender.title) +
       " (" + detail::html_escape(s.tender.id) + ")<br><b>Data:</b> " + detail::html_escape(s.today) + "</p>\n";
  h += "<p class=\"verdict\">" + detail::html_escape(s.verdict) + "</p>\n";
  h += "<h2>PES zdolne do realizacji</h2>\n<table><tr><th></th><th>do 10 km</th><th>do 30 km</th><th>do 60 km</th>"
       "<th>w powiecie</th><th>w województwie</th></tr>\n" +
       reach_row("wszystkie", s.able) + reach_row("uprawnione (art. 94 PZP)", s.able_art94) + "</table>\n";
  h += "<h2>Ranking</h2>\n<table><tr><th>#</th><th>PES</th><th>wynik</th><th>odległość</th><th>uprawnienie</th>"
       "<th>czynniki</th><th>kontakt</th></tr>\n" + ranked_rows(s.ranked) + "</table>\n";
  h += "<h2>Porównywalne umowy PES (ta sama grupa CPV)</h2>\n<table><tr><th>PES</th><th>umowa</th><th>zamawiający</th>"
       "<th>rok</th><th>wartość</th><th>CPV</th></tr>\n" + comparable_rows(s.comparable) + "</table>\n";
  h += "<h2>Dane i parametry</h2>\n<p>Katalog PES: skrót " + detail::html_escape(s.snapshot.catalogue_digest) +
       "; rejestr TERYT na dzień " + detail::html_escape(s.snapshot.reference_date) + "; pesmatch " +
       detail::html_escape(s.snapshot.version) + ".<br>Zasięg: " + detail::fixed(s.options.reach_km, 0) +
       " km; próg zdolności do realizacji: " + detail::fixed(s.options.can_deliver_fit, 2) +
       "; minimalna liczba uprawnionych PES do zastrzeżenia: " + std::to_string(s.options.min_for_art94) + ".</p>\n</body></html>\n";
  return h;
}

}  // namespace pesmatch
