#include "pesmatch/matcher.hpp"

#include <xapian.h>

#include <algorithm>
#include <chrono>
#include <memory>
#include <unordered_map>

#include "index/profile.hpp"
#include "index/schema.hpp"
#include "index/shards.hpp"
#include "index/xapian_errors.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/ingest.hpp"
#include "rank/eligibility_verdict.hpp"
#include "rank/match_stages.hpp"
#include "rank/query_builder.hpp"
#include "rank/text_scorer.hpp"

namespace pesmatch {
namespace {

// The top `n` of `query`, ties at the cut-off broken by PES id, not by docid: docids differ
// between a single database and its shards, and the candidates must not. Sorting by relevance
// then id reads the id of every document the matcher considers, so that order is asked for only
// when the document after the cut-off weighs as much as the last one in.
Xapian::MSet top(Xapian::Enquire& enquire, Xapian::doccount n) {
  enquire.set_sort_by_relevance();
  Xapian::MSet mset = enquire.get_mset(0, n + 1);
  if (mset.size() <= n) return mset;
  if (mset[n].get_weight() < mset[n - 1].get_weight()) return mset;
  enquire.set_sort_by_relevance_then_value(detail::schema::kSlotId, false);
  return enquire.get_mset(0, n);
}

// Adds the top `n` of `query` to `out`, keeping each document's highest weight.
void collect(Xapian::Enquire& enquire, const Xapian::Query& query, std::size_t n,
             std::unordered_map<Xapian::docid, double>& out) {
  if (n == 0 || query.empty()) return;
  enquire.set_query(query);
  const auto limit = static_cast<Xapian::doccount>(n);
  const Xapian::MSet mset = top(enquire, limit);
  for (auto it = mset.begin(); it != mset.end() && it.get_rank() < limit; ++it) {
    auto& w = out[*it];
    w = std::max(w, it.get_weight());
  }
}

// The year for art. 361's three-year rule: as given, else the order's, else this year.
int rule_year(const Tender& t, int given) {
  if (given > 0) return given;
  if (const int year = order_year(t); year > 0) return year;
  const auto now = std::chrono::system_clock::now();
  return static_cast<int>(std::chrono::year_month_day(std::chrono::floor<std::chrono::days>(now)).year());
}

// The reranker's view of a candidate PES for the tender of `context`.
detail::RankedPair pair_of(const detail::TenderContext& context, detail::MatchEngine::Candidate& c, std::size_t index) {
  return {&context, &c.profile, &c.profile.pes.id, &c.scored, index};
}

}  // namespace

struct Matcher::Impl : detail::MatchEngine {
  using MatchEngine::MatchEngine;
};

Matcher::Matcher(const std::string& db, const RankingResources& resources) {
  detail::with_xapian_errors(detail::kCannotOpenIndex, db, [&] {
    impl_ = std::make_unique<Impl>(detail::open_index(db), resources);
    impl_->mirror = detail::ValueMirrors::open(impl_->db, db);  // profiles from memory when the index has them
    const auto fp = impl_->db.get_metadata(detail::schema::kMetaFingerprint);
    if (!fp.empty() && fp != resources.analyzer.fingerprint())
      impl_->warnings.push_back("the index was built with other stop words, synonyms or dictionary; rebuild it for exact results");
  });
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

namespace detail {

namespace {

// Above this many documents per requested candidate, candidates come from pools (below); under
// it, the whole text query serves throughout (small indexes rank exactly as they always did).
constexpr Xapian::doccount kPruneRatio = 10;
// Leaves of the pruned nationwide query: the rarest, most repeated words of the notice. The
// model's distance factor puts PES near the place on top, so the ranking is decided by the
// local pools, which keep every leaf: the PES of the place's powiat (or serving the place or the
// powiat), those seated in the powiats within 60 km, and those serving the whole województwo
// (`XV`), each pool's top k by the whole text query. At 100k synthetic PES the top 20 of 200
// tenders overlap the exhaustive ranking by 99.45% (one pool of every PES serving part of the
// województwo, as before: 81%).
constexpr std::size_t kCandidateLeaves = 8;

// CPV and locality clauses only admit candidates; scaled to 0 they add nothing to BM25, so the
// weight stays a pure text score.
Xapian::Query admitting(const Xapian::Query& words, const Xapian::Query& also) {
  if (also.empty()) return words;
  return Xapian::Query(Xapian::Query::OP_OR, words, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, also, 0.0));
}

// The PES of `area` that may bid, those matching `words` first.
Xapian::Query pool_of(const Xapian::Query& words, const Xapian::Query& area, const Xapian::Query& eligible) {
  return Xapian::Query(Xapian::Query::OP_FILTER, admitting(words, area), Xapian::Query(Xapian::Query::OP_AND, area, eligible));
}

}  // namespace

MatchEngine::Retrieved MatchEngine::retrieve(const Tender& tender, const MatchOptions& options) {
  const auto q = build_queries(tender, ref, analyzer);
  const bool prune = db.get_doccount() > kPruneRatio * std::max(options.text_candidates, options.local_candidates);
  if (prune) return retrieve_pools(tender, q, options);
  // A small index: the whole text query finds every candidate with its exact weight.
  const Xapian::Query admit = admitting(q.text, q.cpv);
  Xapian::Enquire enquire(db);
  std::unordered_map<Xapian::docid, double> found;
  collect(enquire, Xapian::Query(Xapian::Query::OP_FILTER, admit, q.eligible), options.text_candidates, found);
  if (!q.local.empty()) collect(enquire, pool_of(q.text, q.local, q.eligible), options.local_candidates, found);
  if (options.show_excluded && tender.reserved != Reservation::none) collect(enquire, admit, options.text_candidates, found);
  Retrieved out(found.begin(), found.end());
  std::sort(out.begin(), out.end());
  return out;
}

MatchEngine::Retrieved MatchEngine::retrieve_pools(const Tender& tender, const TenderQueries& q, const MatchOptions& options) {
  const LeafFrequencies frequencies = q.words.frequencies(db);
  const Xapian::Query strongest = q.words.strongest(frequencies, kCandidateLeaves);
  const Xapian::Query admit = admitting(strongest, q.cpv);
  Xapian::Enquire enquire(db);
  // The local pools weigh by the whole text query (exact weights); the nationwide one by its
  // strongest leaves only, so its own candidates are weighed again.
  std::unordered_map<Xapian::docid, double> exact, approximate;
  for (const auto* area : {&q.near, &q.around, &q.regional})
    if (!area->empty()) collect(enquire, pool_of(q.text, *area, q.eligible), options.local_candidates, exact);
  collect(enquire, Xapian::Query(Xapian::Query::OP_FILTER, admit, q.eligible), options.text_candidates, approximate);
  if (options.show_excluded && tender.reserved != Reservation::none) collect(enquire, admit, options.text_candidates, approximate);
  for (const auto& [docid, weight] : exact) approximate.erase(docid);
  Retrieved rough(approximate.begin(), approximate.end());
  // Docid order reads the value table sequentially.
  std::sort(rough.begin(), rough.end());
  // The whole text query, weighed from the candidates' forward lists.
  if (!rough.empty()) reweigh(rough, q.words, q.words.all());
  Retrieved out(exact.begin(), exact.end());
  out.insert(out.end(), rough.begin(), rough.end());
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

// Reads one value slot of the candidates, in docid order. The index's value mirror, when it has
// one: memory, no B-tree block per candidate. Else one local database: a single pass of its value
// stream. Shards: a document per candidate, since a value stream over shards (remote ones above
// all) costs a round trip per shard per candidate. A view valid until the next call.
class SlotReader {
 public:
  SlotReader(const Xapian::Database& db, Xapian::valueno slot, const std::optional<ValueMirrors>& mirror)
      : db_(db), slot_(slot), mirror_(mirror && mirror->has_slot(slot) ? &*mirror : nullptr),
        stream_(!mirror_ && db.size() == 1), it_(stream_ ? db.valuestream_begin(slot) : Xapian::ValueIterator()) {}

  std::string_view operator()(Xapian::docid docid, const char* missing) {
    if (mirror_) {
      const auto value = mirror_->value(docid, slot_);
      if (value.empty()) throw Error(ErrorCode::io, missing);
      return value;
    }
    if (!stream_) {
      value_ = db_.get_document(docid, Xapian::DOC_ASSUME_VALID).get_value(slot_);
      if (value_.empty()) throw Error(ErrorCode::io, missing);
      return value_;
    }
    it_.skip_to(docid);
    if (it_ == db_.valuestream_end(slot_) || it_.get_docid() != docid) throw Error(ErrorCode::io, missing);
    value_ = *it_;
    return value_;
  }

 private:
  const Xapian::Database& db_;
  Xapian::valueno slot_;
  const ValueMirrors* mirror_;
  bool stream_;
  Xapian::ValueIterator it_;
  std::string value_;
};

}  // namespace

void MatchEngine::reweigh(Retrieved& retrieved, const WordBag& words, const WordBag::Selection& selected) {
  // Each candidate's exact BM25 weight from its forward list and the global statistics: no
  // posting list is walked, and the weight is the same however the catalogue is sharded.
  auto scorer = TextScorer::of(words, selected, db);
  SlotReader read(db, schema::kSlotTextTerms, mirror);
  for (auto& [docid, weight] : retrieved)
    weight = scorer.weight(read(docid, "PES document without text terms in the index (rebuild it)"));
}

std::vector<MatchEngine::Candidate> MatchEngine::rerank(const TenderContext& context, const Retrieved& retrieved,
                                                        const MatchOptions& options) {
  const int year = rule_year(context.tender, options.year);
  std::vector<Candidate> out;
  out.reserve(retrieved.size());
  SlotReader read_profile(db, schema::kSlotProfile, mirror);
  for (const auto& [docid, weight] : retrieved) {
    // Decoded in place: a Pes moved twice per candidate showed in the profile.
    Candidate& c = out.emplace_back();
    c.docid = docid;
    c.profile = decode_profile(std::string(read_profile(docid, "PES document without a profile in the index (rebuild it)")), ref);
    c.scored.text = weight;
    // The verdict only: the reason is rendered for the results shown (select).
    c.scored.eligibility.eligible = verdict(c.profile.pes, context.tender, year).eligible();
  }
  std::vector<RankedPair> pairs;
  pairs.reserve(out.size());
  for (auto& c : out) pairs.push_back(pair_of(context, c, pairs.size()));
  reranker.score(pairs, options.deadline);
  return out;
}

MatchResult MatchEngine::select(const TenderContext& context, std::vector<Candidate>& candidates,
                                const MatchOptions& options) {
  MatchResult result;
  result.tender_id = context.tender.id;
  std::vector<RankedPair> ranked, excluded;
  for (std::size_t i = 0; i < candidates.size(); ++i) {
    auto& c = candidates[i];
    if (!c.scored.eligibility.eligible && !options.show_excluded) continue;
    (c.scored.eligibility.eligible ? ranked : excluded).push_back(pair_of(context, c, i));
  }
  result.candidates = ranked.size() + excluded.size();
  // The shown results get their eligibility with its reason, which their explanation quotes.
  const int year = rule_year(context.tender, options.year);
  const auto with_reason = [&](const RankedPair& pair) {
    pair.scored->eligibility = eligibility(candidates[pair.candidate].profile.pes, context.tender, year);
  };
  const auto make = [&](const RankedPair& pair, PairExplanation explanation) {
    const auto& c = candidates[pair.candidate];
    RankedPes r;
    r.id = c.profile.pes.id;
    r.distance_km = explanation.distance_km;
    r.eligibility = c.scored.eligibility;
    r.score = explanation.score;
    r.factors = std::move(explanation.factors);
    attach_record(r, c.docid);
    return r;
  };
  result.ranked = reranker.explain_top<RankedPes>(ranked, options.top_k, options.deadline, make, with_reason);
  result.excluded = reranker.explain_top<RankedPes>(excluded, options.top_k, options.deadline, make, with_reason);
  return result;
}

MatchEngine& MatchEngine::of(Matcher& matcher) { return *matcher.impl_; }

std::vector<CandidateFeatures> MatchEngine::candidates(const Tender& tender, const MatchOptions& options) {
  return with_xapian_errors(kSearchFailed, {}, [&] {
    std::vector<CandidateFeatures> out;
    for (auto& c : gather(make_tender_context(tender, ref.cpv, analyzer), options))
      if (c.scored.eligibility.eligible) out.push_back({std::move(c.profile.pes.id), c.scored.features, true});
    return out;
  });
}

}  // namespace detail

MatchResult Matcher::match(const Tender& tender, const MatchOptions& options) {
  return detail::with_xapian_errors(detail::kSearchFailed, {}, [&] {
    const auto context = detail::make_tender_context(tender, impl_->ref.cpv, impl_->analyzer);
    auto candidates = impl_->gather(context, options);
    return impl_->select(context, candidates, options);
  });
}

}  // namespace pesmatch

namespace pesmatch::detail {

void MatchEngine::attach_record(RankedPes& r, Xapian::docid docid) const {
  r.record = parse_pes(db.get_document(docid, Xapian::DOC_ASSUME_VALID).get_data(), ref, "<index>", 1);
  r.name = r.record.name;
}

}  // namespace pesmatch::detail
