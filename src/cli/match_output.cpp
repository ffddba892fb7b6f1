#include "cli/match_output.hpp"

#include <cstdio>
#include <nlohmann/json.hpp>

#include "report/result_json.hpp"

namespace pesmatch::cli {
namespace {

std::string fixed(double v, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// Pads or cuts UTF-8 text to `width` code points, so Polish names line up in the table.
std::string column(const std::string& s, std::size_t width) {
  std::string out;
  std::size_t cps = 0;
  for (std::size_t i = 0; i < s.size() && cps < width; ++cps) {
    std::size_t len = 1;
    const auto b = static_cast<unsigned char>(s[i]);
    if (b >= 0xF0) len = 4; else if (b >= 0xE0) len = 3; else if (b >= 0xC0) len = 2;
    out.append(s, i, len);
    i += len;
  }
  out.append(width - cps, ' ');
  return out;
}

std::string csv_cell(const std::string& s) {
  if (s.find_first_of(",\"\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
  return out + "\"";
}

void write_table(std::ostream& out, const Tender& t, const MatchResult& r) {
  out << t.id << ": " << t.title;
  if (t.reserved != Reservation::none) out << "  [reserved: " << to_string(t.reserved) << "]";
  out << "\n" << column("  #", 4) << column("score", 7) << column("PES", 46) << column("form", 24) << column("km", 6)
      << "strongest factors\n";
  auto row = [&](const RankedPes& p, std::size_t rank, bool show_reason) {
    std::vector<const FactorExplanation*> top;
    for (const auto& f : p.factors) top.push_back(&f);
    std::sort(top.begin(), top.end(), [](auto* a, auto* b) { return a->contribution > b->contribution; });
    std::string factors;
    for (std::size_t i = 0; i < 3 && i < top.size() && top[i]->contribution > 0; ++i)
      factors += std::string(i ? ", " : "") + std::string(feature_name(top[i]->feature)) + " " + fixed(top[i]->contribution, 2);
    out << column(std::to_string(rank), 4) << column(fixed(p.score, 3), 7) << column(p.name, 45) << ' '
        << column(std::string(to_string(p.record.legal_form)), 24) << column(fixed(p.distance_km, 0), 6)
        << (show_reason ? p.eligibility.reason : factors) << "\n";
  };
  for (std::size_t i = 0; i < r.ranked.size(); ++i) row(r.ranked[i], i + 1, false);
  if (r.ranked.empty()) out << "  (no matching PES)\n";
  if (!r.excluded.empty()) {
    out << "  excluded (not eligible):\n";
    for (std::size_t i = 0; i < r.excluded.size(); ++i) row(r.excluded[i], i + 1, true);
  }
  out << "\n";
}

void write_csv(std::ostream& out, const Tender& t, const MatchResult& r, bool first) {
  if (first) {
    out << "tender_id,rank,pes_id,name,score,distance_km,eligible";
    for (std::size_t i = 0; i < kFeatureCount; ++i) out << "," << feature_name(static_cast<Feature>(i));
    out << ",email,phone\n";
  }
  for (std::size_t i = 0; i < r.ranked.size(); ++i) {
    const auto& p = r.ranked[i];
    const auto contact = detail::contact_json(p.record);
    out << csv_cell(t.id) << "," << i + 1 << "," << csv_cell(p.id) << "," << csv_cell(p.name) << "," << fixed(p.score, 6)
        << "," << fixed(p.distance_km, 1) << "," << (p.eligibility.eligible ? "yes" : "no");
    for (const auto& f : p.factors) out << "," << fixed(f.contribution, 6);
    out << "," << csv_cell(contact.value("email", "")) << "," << csv_cell(contact.value("phone", "")) << "\n";
  }
}

}  // namespace

void write_match(std::ostream& out, const std::string& format, const Tender& t, const MatchResult& r, bool first, Language lang) {
  if (format == "json") out << detail::match_result_json(t, r, lang).dump(2) << "\n";
  else if (format == "jsonl") out << detail::match_result_json(t, r, lang).dump() << "\n";
  else if (format == "csv") write_csv(out, t, r, first);
  else if (format == "trec")
    for (std::size_t i = 0; i < r.ranked.size(); ++i)
      out << t.id << " Q0 " << r.ranked[i].id << " " << i + 1 << " " << fixed(r.ranked[i].score, 6) << " pesmatch\n";
  else write_table(out, t, r);
}

}  // namespace pesmatch::cli
