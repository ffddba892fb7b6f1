// The PES → tender rankings of `bench-quality --direction pes`: what an OWES adviser would use
// without pesmatch to find orders for a member PES.
#include <xapian.h>

#include <algorithm>
#include <set>
#include <tuple>

#include "index/generations.hpp"
#include "index/schema.hpp"
#include "index/shards.hpp"
#include "index/xapian_errors.hpp"
#include "pesmatch/baselines.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/ingest.hpp"
#include "rank/pes_search.hpp"
#include "rank/query_builder.hpp"

namespace pesmatch {
namespace {

using detail::schema::kSlotId;
using detail::schema::kSlotPublished;

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
    found.emplace_back(doc.get_value(kSlotPublished), doc.get_value(kSlotId));
  }
  std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) {
    return std::get<0>(a) != std::get<0>(b) ? std::get<0>(a) > std::get<0>(b) : std::get<1>(a) < std::get<1>(b);
  });
  std::vector<std::string> ids;
  for (auto& f : found) ids.push_back(std::move(std::get<1>(f)));
  return ids;
}

// Tender ids ranked by BM25 of the PES's text (description and service tags) over the tenders'
// text alone: no codes, no place, no eligibility, no deadline. `k` at most.
std::vector<std::string> tenders_by_bm25(Xapian::Database& tender_db, const Pes& pes, Analyzer& analyzer, std::size_t k) {
  Xapian::Enquire enquire(tender_db);
  enquire.set_query(detail::pes_text_query(pes, analyzer));
  const auto mset = enquire.get_mset(0, static_cast<Xapian::doccount>(k));
  std::vector<std::string> ids;
  for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(it.get_document().get_value(kSlotId));
  return ids;
}

// A tender portal's search: one keyword (the first word of the label of the PES's first CPV
// code, else of its first service tag, else of its description), tenders performed in the PES's
// powiat first, then in its województwo, each group newest first (ties by id). `k` at most.
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
    const Xapian::Query area(detail::schema::kPlace + unit.str());
    for (auto& id : newest_first(tender_db, Xapian::Query(Xapian::Query::OP_FILTER, keyword, area)))
      if (listed.insert(id).second) ids.push_back(std::move(id));
  }
  if (ids.size() > k) ids.resize(k);
  return ids;
}

}  // namespace

struct PesBaselines::Impl {
  Xapian::Database pes_db, tender_db;
  const ReferenceData& ref;
  Analyzer& analyzer;

  Pes pes(const std::string& id) const { return parse_pes(detail::find_pes_document(pes_db, id).get_data(), ref, "<index>", 1); }
};

PesBaselines::PesBaselines(const std::string& db_dir, const ReferenceData& ref, Analyzer& analyzer) {
  detail::with_xapian_errors(detail::kCannotOpenIndex, db_dir, [&] {
    impl_ = std::make_unique<Impl>(Impl{detail::open_index(db_dir), detail::open_tender_database(db_dir), ref, analyzer});
  });
}

PesBaselines::PesBaselines(PesBaselines&&) noexcept = default;
PesBaselines& PesBaselines::operator=(PesBaselines&&) noexcept = default;
PesBaselines::~PesBaselines() = default;

std::vector<std::string> PesBaselines::bm25(const std::string& pes_id, std::size_t k) {
  return detail::with_xapian_errors(detail::kSearchFailed, {},
                                    [&] { return tenders_by_bm25(impl_->tender_db, impl_->pes(pes_id), impl_->analyzer, k); });
}

std::vector<std::string> PesBaselines::directory(const std::string& pes_id, std::size_t k) {
  return detail::with_xapian_errors(detail::kSearchFailed, {}, [&] {
    return tenders_by_directory(impl_->tender_db, impl_->pes(pes_id), impl_->ref, impl_->analyzer, k);
  });
}

}  // namespace pesmatch
