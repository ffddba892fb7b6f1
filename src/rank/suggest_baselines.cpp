#include "rank/suggest_baselines.hpp"

#include <algorithm>
#include <set>
#include <tuple>

#include "index/schema.hpp"
#include "rank/query_builder.hpp"

namespace pesmatch::detail {
namespace {

// The text the adviser would type a keyword from: what the PES says of itself first in codes,
// then in tags, then in prose.
std::string keyword_source(const Pes& pes, const ReferenceData& ref) {
  if (!pes.cpv.empty()) return ref.cpv.entry(pes.cpv.front()).label_pl;
  if (!pes.services.empty()) return pes.services.front();
  return pes.description;
}

// (published, id) of every tender matching `query`, newest first, ties by id.
std::vector<std::string> newest_first(Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const auto mset = enquire.get_mset(0, db.get_doccount());
  std::vector<std::tuple<std::string, std::string>> found;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const auto doc = it.get_document();
    found.emplace_back(doc.get_value(schema::kSlotPublished), doc.get_value(schema::kSlotId));
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return std::get<0>(a) != std::get<0>(b) ? std::get<0>(a) > std::get<0>(b) : std::get<1>(a) < std::get<1>(b);
  });
  std::vector<std::string> ids;
  for (auto& f : found) ids.push_back(std::move(std::get<1>(f)));
  return ids;
}

}  // namespace

std::vector<std::string> tenders_by_bm25(Xapian::Database& tender_db, const Pes& pes, Analyzer& analyzer, std::size_t k) {
  Xapian::Enquire enquire(tender_db);
  enquire.set_query(pes_text_query(pes, analyzer));
  const auto mset = enquire.get_mset(0, static_cast<Xapian::doccount>(k));
  std::vector<std::string> ids;
  for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(it.get_document().get_value(schema::kSlotId));
  return ids;
}

std::vector<std::string> tenders_by_directory(Xapian::Database& tender_db, const Pes& pes, const ReferenceData& ref,
                                              Analyzer& analyzer, std::size_t k) {
  const auto words = analyzer.analyze(keyword_source(pes, ref)).words;
  if (words.empty()) return {};
  std::vector<std::string> keyword_terms = words.front().lemmas;
  keyword_terms.push_back(words.front().surface);
  const Xapian::Query keyword(Xapian::Query::OP_OR, keyword_terms.begin(), keyword_terms.end());
  std::vector<std::string> ids;
  std::set<std::string> listed;
  for (const auto& unit : {pes.teryt.powiat(), pes.teryt.wojewodztwo()}) {
    const Xapian::Query area(schema::kPlace + unit.str());
    for (auto& id : newest_first(tender_db, Xapian::Query(Xapian::Query::OP_FILTER, keyword, area)))
      if (listed.insert(id).second) ids.push_back(std::move(id));
  }
  if (ids.size() > k) ids.resize(k);
  return ids;
}

}  // namespace pesmatch::detail
