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
#include "rank/match_stages.hpp"
#include "rank/query_builder.hpp"

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
// local pools, which keep every leaf: the PES of the place's powiat (or serving the place or
// the powiat), those seated within 50 km, and those serving its województwo, each pool's top k
// by the whole text query. At 100k synthetic PES the top 20 of 200 tenders overlap the
// exhaustive ranking by 99.3% (one województwo-wide pool, as before: 81%).
constexpr std::size_t kCandidateLeaves = 8;

}  // namespace

namespace {

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
  if (!rough.empty()) reweigh(rough, q.text);
  Retrieved out(exact.begin(), exact.end());
  out.insert(out.end(), rough.begin(), rough.end());
  std::sort(out.begin(), out.end());
  return out;
}

namespace {

// Matches exactly the given documents, adding no weight: a filter that lets Xapian evaluate a
// query on a few hundred candidates by skipping straight to each. Xapian gives each shard its own
// copy of the source, with shard-local docids, so the candidates are kept per shard, found by
// the shard's UUID.
class DocidSource : public Xapian::PostingSource {
 public:
  using ByShard = std::unordered_map<std::string, std::vector<Xapian::docid>>;
  explicit DocidSource(std::shared_ptr<const ByShard> by_shard) : by_shard_(std::move(by_shard)) {}
  Xapian::doccount get_termfreq_min() const override { return size(); }
  Xapian::doccount get_termfreq_est() const override { return size(); }
  Xapian::doccount get_termfreq_max() const override { return size(); }
  void init(const Xapian::Database& shard) override {
    const auto it = by_shard_->find(shard.get_uuid());
    if (it == by_shard_->end()) throw Xapian::InvalidOperationError("candidate filter: unknown shard");
    docids_ = &it->second;
    pos_ = kBefore;
  }
  void next(double) override { pos_ = pos_ == kBefore ? 0 : pos_ + 1; }
  void skip_to(Xapian::docid did, double) override {
    const auto from = docids_->begin() + static_cast<std::ptrdiff_t>(pos_ == kBefore ? 0 : pos_);
    pos_ = static_cast<std::size_t>(std::lower_bound(from, docids_->end(), did) - docids_->begin());
  }
  bool at_end() const override { return pos_ != kBefore && pos_ >= docids_->size(); }
  Xapian::docid get_docid() const override { return (*docids_)[pos_]; }
  Xapian::PostingSource* clone() const override { return new DocidSource(by_shard_); }

 private:
  Xapian::doccount size() const { return docids_ ? static_cast<Xapian::doccount>(docids_->size()) : 0; }
  static constexpr std::size_t kBefore = static_cast<std::size_t>(-1);
  std::shared_ptr<const ByShard> by_shard_;
  const std::vector<Xapian::docid>* docids_ = nullptr;
  std::size_t pos_ = kBefore;
};

// The candidates (sorted combined docids) per shard: Xapian numbers the documents of n shards
// round-robin, docid d being document (d - 1) / n + 1 of shard (d - 1) % n. Empty when the
// shards' UUIDs are unknown (remote shards, or a backend without them).
std::shared_ptr<const DocidSource::ByShard> candidates_by_shard(const Xapian::Database& db,
                                                                const std::vector<Xapian::docid>& docids) {
  auto by_shard = std::make_shared<DocidSource::ByShard>();
  const auto uuid = db.get_uuid();
  std::vector<std::string> shards;
  for (std::size_t start = 0; !uuid.empty() && start <= uuid.size();) {
    const auto end = std::min(uuid.find(':', start), uuid.size());
    shards.push_back(uuid.substr(start, end - start));
    start = end + 1;
  }
  if (shards.size() != db.size()) return by_shard;
  for (const auto& s : shards) (*by_shard)[s];
  const auto n = static_cast<Xapian::docid>(shards.size());
  for (const auto d : docids) (*by_shard)[shards[(d - 1) % n]].push_back((d - 1) / n + 1);
  return by_shard;
}

// Reads one value slot of the candidates, in docid order. One local database: a single pass of
// its value stream. Shards: a document per candidate, since a value stream over shards (remote
// ones above all) costs a round trip per shard per candidate.
class SlotReader {
 public:
  SlotReader(const Xapian::Database& db, Xapian::valueno slot)
      : db_(db), slot_(slot), stream_(db.size() == 1), it_(stream_ ? db.valuestream_begin(slot) : Xapian::ValueIterator()) {}

  std::string operator()(Xapian::docid docid, const char* missing) {
    if (!stream_) {
      auto value = db_.get_document(docid, Xapian::DOC_ASSUME_VALID).get_value(slot_);
      if (value.empty()) throw Error(ErrorCode::io, missing);
      return value;
    }
    it_.skip_to(docid);
    if (it_ == db_.valuestream_end(slot_) || it_.get_docid() != docid) throw Error(ErrorCode::io, missing);
    return *it_;
  }

 private:
  const Xapian::Database& db_;
  Xapian::valueno slot_;
  bool stream_;
  Xapian::ValueIterator it_;
};

}  // namespace

void MatchEngine::reweigh(Retrieved& retrieved, const Xapian::Query& text) {
  // The whole text query, evaluated on the candidates alone, gives each its exact BM25 weight.
  // The candidates are passed as a docid filter; remote databases (which cannot take one) get a
  // filter on the candidates' id terms.
  std::vector<Xapian::docid> docids;
  docids.reserve(retrieved.size());
  for (const auto& [docid, weight] : retrieved) docids.push_back(docid);
  Xapian::Enquire enquire(db);
  const auto size = static_cast<Xapian::doccount>(retrieved.size());
  Xapian::MSet mset;
  bool done = false;
  if (const auto by_shard = candidates_by_shard(db, docids); !by_shard->empty()) {
    try {
      // release(): the query owns the source and deletes it; a plain pointer would leak one per match.
      enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, text, Xapian::Query((new DocidSource(by_shard))->release())));
      mset = enquire.get_mset(0, size);
      done = true;
    } catch (const Xapian::UnimplementedError&) {     // a remote database: no custom sources
    } catch (const Xapian::InvalidOperationError&) {
    }
  }
  if (!done) {
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, text, id_filter(retrieved)));
    mset = enquire.get_mset(0, size);
  }
  std::unordered_map<Xapian::docid, double> exact;
  for (auto it = mset.begin(); it != mset.end(); ++it) exact.emplace(*it, it.get_weight());
  for (auto& [docid, weight] : retrieved) {
    const auto it = exact.find(docid);
    weight = it == exact.end() ? 0.0 : it->second;
  }
}

Xapian::Query MatchEngine::id_filter(const Retrieved& retrieved) {
  std::vector<std::string> ids;
  ids.reserve(retrieved.size());
  SlotReader read_id(db, schema::kSlotId);
  for (const auto& [docid, weight] : retrieved) {
    std::string id(schema::kIdTerm);  // (not kIdTerm + value: a GCC 12 -Wrestrict false positive)
    id += read_id(docid, "PES document without an id in the index (rebuild it)");
    ids.push_back(std::move(id));
  }
  return Xapian::Query(Xapian::Query::OP_OR, ids.begin(), ids.end());
}

std::vector<MatchEngine::Candidate> MatchEngine::rerank(const TenderContext& context, const Retrieved& retrieved,
                                                        const MatchOptions& options) {
  const int year = rule_year(context.tender, options.year);
  std::vector<Candidate> out;
  out.reserve(retrieved.size());
  SlotReader read_profile(db, schema::kSlotProfile);
  for (const auto& [docid, weight] : retrieved) {
    auto profile = decode_profile(read_profile(docid, "PES document without a profile in the index (rebuild it)"), ref);
    Eligibility e = eligibility(profile.pes, context.tender, year);
    out.push_back({docid, std::move(profile), PairScore{weight, std::move(e)}});
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
  result.ranked = reranker.explain_top<RankedPes>(ranked, options.top_k, options.deadline, make);
  result.excluded = reranker.explain_top<RankedPes>(excluded, options.top_k, options.deadline, make);
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
