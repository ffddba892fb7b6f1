#include "pesmatch/matcher.hpp"

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "index/profile.hpp"
#include "index/schema.hpp"
#include "pesmatch/error.hpp"
#include "rank/pair_features.hpp"
#include "rank/pkd_bridge.hpp"
#include "rank/explanation.hpp"
#include "rank/matcher_impl.hpp"
#include "rank/query_builder.hpp"

namespace pesmatch {
namespace {

// Adds the top `n` of `query` to `out`, keeping each document's highest weight.
void collect(Xapian::Enquire& enquire, const Xapian::Query& query, std::size_t n,
             std::unordered_map<Xapian::docid, double>& out) {
  if (n == 0 || query.empty()) return;
  enquire.set_query(query);
  const Xapian::MSet mset = enquire.get_mset(0, static_cast<Xapian::doccount>(n));
  for (auto it = mset.begin(); it != mset.end(); ++it) {
    auto& w = out[*it];
    w = std::max(w, it.get_weight());
  }
}

int order_year(const Tender& t, int given) {
  if (given > 0) return given;
  for (const auto* date : {&t.published, &t.deadline})
    if (date->size() >= 4) return std::stoi(date->substr(0, 4));
  const auto now = std::chrono::system_clock::now();
  return static_cast<int>(std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(now)).year());
}

}  // namespace


Matcher::Matcher(const std::string& db, const ReferenceData& ref, Analyzer& analyzer, Model model,
                 const std::string& data_dir) {
  try {
    impl_ = std::make_unique<Impl>(Xapian::Database(db), ref, analyzer, model, data_dir);
    const auto fp = impl_->db.get_metadata(detail::schema::kMetaFingerprint);
    if (!fp.empty() && fp != analyzer.fingerprint())
      impl_->warnings.push_back("the index was built with other stop words, synonyms or dictionary; rebuild it for exact results");
  } catch (const Xapian::Error& e) {
    throw Error(ErrorCode::io, ErrorLocation{db, 0, {}, {}}, "cannot open index: " + e.get_description());
  }
}

Matcher::Matcher(Matcher&&) noexcept = default;
Matcher& Matcher::operator=(Matcher&&) noexcept = default;
Matcher::~Matcher() = default;

std::size_t Matcher::size() const { return impl_->db.get_doccount(); }

IndexSnapshot Matcher::snapshot() const {
  return {impl_->db.get_metadata(detail::schema::kMetaCatalogue), impl_->db.get_metadata(detail::schema::kMetaReference),
          impl_->db.get_metadata(detail::schema::kMetaVersion)};
}

const std::vector<std::string>& Matcher::warnings() const noexcept { return impl_->warnings; }

bool ranks_before(const RankedPes& a, const RankedPes& b) noexcept {
  if (a.score != b.score) return a.score > b.score;
  return a.id < b.id;
}

std::vector<Matcher::Impl::Candidate> Matcher::Impl::gather(const detail::TenderContext& context, const MatchOptions& options) {
  const Tender& tender = context.tender;
  const auto q = detail::build_queries(tender, ref, analyzer);
  // CPV and locality clauses only admit candidates; scaled to 0 they add nothing to BM25, so
  // the weight stays a pure text score.
  const Xapian::Query admit(Xapian::Query::OP_OR, q.text, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q.cpv, 0.0));
  const Xapian::Query local(Xapian::Query::OP_OR, admit, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, q.local, 0.0));
  Xapian::Enquire enquire(db);
  std::unordered_map<Xapian::docid, double> weights;
  collect(enquire, Xapian::Query(Xapian::Query::OP_FILTER, admit, q.eligible), options.text_candidates, weights);
  collect(enquire, Xapian::Query(Xapian::Query::OP_FILTER, local, Xapian::Query(Xapian::Query::OP_AND, q.local, q.eligible)),
          options.local_candidates, weights);
  if (options.show_excluded && tender.reserved != Reservation::none) collect(enquire, admit, options.text_candidates, weights);

  const int year = order_year(tender, options.year);
  std::vector<std::tuple<Xapian::docid, double, detail::RankingProfile, Eligibility>> decoded;
  decoded.reserve(weights.size());
  double best = 0;  // over eligible PES only, so that listing the excluded ones changes no score
  for (const auto& [docid, weight] : weights) {
    auto profile = detail::decode_profile(db.get_document(docid, Xapian::DOC_ASSUME_VALID).get_value(detail::schema::kSlotProfile), ref);
    Eligibility e = eligibility(profile.pes, tender, year);
    if (e.eligible) best = std::max(best, weight);
    decoded.emplace_back(docid, weight, std::move(profile), std::move(e));
  }
  std::vector<Candidate> out;
  out.reserve(decoded.size());
  for (auto& [docid, weight, profile, e] : decoded) {
    const double text = best > 0 ? std::min(1.0, weight / best) : 0.0;
    auto pair = extractor.extract(context, profile, text, e, false);
    const double score = model.score(pair.values);
    out.push_back({docid, std::move(profile), text, std::move(e), std::move(pair), score});
  }
  return out;
}

RankedPes Matcher::Impl::explain(const detail::TenderContext& context, const Candidate& c) {
  const auto pair = extractor.extract(context, c.profile, c.text, c.eligibility, true);
  RankedPes r;
  r.id = c.profile.pes.id;
  r.distance_km = pair.distance_km;
  r.eligibility = c.eligibility;
  r.score = detail::explain_features(pair, model, r.factors);
  attach_record(r, c.docid);
  return r;
}

MatchResult Matcher::match(const Tender& tender, const MatchOptions& options) {
  MatchResult result;
  result.tender_id = tender.id;
  try {
    const auto context = detail::make_tender_context(tender, impl_->ref.cpv, impl_->analyzer);
    std::vector<Impl::Candidate> ranked, excluded;
    for (auto& c : impl_->gather(context, options)) {
      if (!c.eligibility.eligible && !options.show_excluded) continue;
      (c.eligibility.eligible ? ranked : excluded).push_back(std::move(c));
    }
    result.candidates = ranked.size() + excluded.size();
    // Order by score, then id (as ranks_before); only the top k are explained.
    auto better = [](const Impl::Candidate& a, const Impl::Candidate& b) {
      return a.score != b.score ? a.score > b.score : a.profile.pes.id < b.profile.pes.id;
    };
    auto take_top = [&](std::vector<Impl::Candidate>& list, std::vector<RankedPes>& out) {
      const std::size_t k = std::min(options.top_k, list.size());
      std::partial_sort(list.begin(), list.begin() + static_cast<std::ptrdiff_t>(k), list.end(), better);
      for (std::size_t i = 0; i < k; ++i) out.push_back(impl_->explain(context, list[i]));
    };
    take_top(ranked, result.ranked);
    take_top(excluded, result.excluded);
  } catch (const Xapian::Error& e) {
    throw Error(ErrorCode::io, "index search failed: " + e.get_description());
  }
  return result;
}

std::vector<CandidateFeatures> Matcher::candidates(const Tender& tender, const MatchOptions& options) {
  try {
    std::vector<CandidateFeatures> out;
    for (auto& c : impl_->gather(detail::make_tender_context(tender, impl_->ref.cpv, impl_->analyzer), options))
      if (c.eligibility.eligible) out.push_back({std::move(c.profile.pes.id), c.pair.values, true});
    return out;
  } catch (const Xapian::Error& e) {
    throw Error(ErrorCode::io, "index search failed: " + e.get_description());
  }
}

}  // namespace pesmatch
