// The tender → PES rankings a user would use without pesmatch, measured against it by
// `bench-quality`.
#include <xapian.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "index/schema.hpp"
#include "index/shards.hpp"
#include "index/xapian_errors.hpp"
#include "pesmatch/baselines.hpp"
#include "pesmatch/error.hpp"
#include "rank/query_builder.hpp"

namespace pesmatch {
namespace {

// All documents matching `query`, as (name, id) in name order.
std::vector<std::pair<std::string, std::string>> named_matches(Xapian::Database& db, const Xapian::Query& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  const auto mset = enquire.get_mset(0, db.get_doccount());
  std::vector<std::pair<std::string, std::string>> out;
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    const auto doc = it.get_document();
    out.emplace_back(nlohmann::json::parse(doc.get_data()).value("name", ""), doc.get_value(detail::schema::kSlotId));
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

struct TenderBaselines::Impl {
  Xapian::Database db;
  const ReferenceData& ref;
  Analyzer& analyzer;
};

TenderBaselines::TenderBaselines(const std::string& db, const ReferenceData& ref, Analyzer& analyzer) {
  detail::with_xapian_errors(detail::kCannotOpenIndex, db,
                             [&] { impl_ = std::make_unique<Impl>(Impl{detail::open_index(db), ref, analyzer}); });
}

TenderBaselines::TenderBaselines(TenderBaselines&&) noexcept = default;
TenderBaselines& TenderBaselines::operator=(TenderBaselines&&) noexcept = default;
TenderBaselines::~TenderBaselines() = default;

std::vector<std::string> TenderBaselines::bm25(const Tender& tender, std::size_t k) { return text(tender, k, false); }

std::vector<std::string> TenderBaselines::bm25_wojewodztwo(const Tender& tender, std::size_t k) {
  return text(tender, k, true);
}

std::vector<std::string> TenderBaselines::text(const Tender& tender, std::size_t k, bool in_wojewodztwo) {
  return detail::with_xapian_errors(detail::kSearchFailed, {}, [&] {
    Xapian::Query query = detail::build_queries(tender, impl_->ref, impl_->analyzer).text;
    if (in_wojewodztwo) {
      std::set<std::string> seats;
      for (const auto& p : tender.places) seats.insert(detail::schema::kSeat + p.wojewodztwo().str());
      query = Xapian::Query(Xapian::Query::OP_FILTER, query, Xapian::Query(Xapian::Query::OP_OR, seats.begin(), seats.end()));
    }
    Xapian::Enquire enquire(impl_->db);
    enquire.set_query(query);
    const auto mset = enquire.get_mset(0, static_cast<Xapian::doccount>(k));
    std::vector<std::string> ids;
    for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(it.get_document().get_value(detail::schema::kSlotId));
    return ids;
  });
}

std::vector<std::string> TenderBaselines::directory(const Tender& tender, std::size_t k) {
  // The officer types the first meaningful word of the main CPV label ("sprzątania" from
  // "Usługi sprzątania biur") into a register's search box and filters by territory.
  const auto words = impl_->analyzer.analyze(impl_->ref.cpv.entry(tender.cpv.front()).label_pl).words;
  if (words.empty()) return {};
  std::vector<std::string> keyword_terms = words.front().lemmas;
  keyword_terms.push_back(words.front().surface);
  const Xapian::Query keyword(Xapian::Query::OP_OR, keyword_terms.begin(), keyword_terms.end());
  std::set<std::string> powiats, wojewodztwa;
  for (const auto& p : tender.places) {
    if (p.level() != TerytLevel::wojewodztwo) powiats.insert(detail::schema::kSeat + p.powiat().str());
    wojewodztwa.insert(detail::schema::kSeat + p.wojewodztwo().str());
  }
  return detail::with_xapian_errors(detail::kSearchFailed, {}, [&] {
    std::vector<std::string> ids;
    std::set<std::string> listed;
    for (const auto* terms : {&powiats, &wojewodztwa}) {
      if (terms->empty()) continue;
      const Xapian::Query area(Xapian::Query::OP_OR, terms->begin(), terms->end());
      for (const auto& [name, id] : named_matches(impl_->db, Xapian::Query(Xapian::Query::OP_FILTER, keyword, area)))
        if (listed.insert(id).second) ids.push_back(id);
    }
    if (ids.size() > k) ids.resize(k);
    return ids;
  });
}

}  // namespace pesmatch
