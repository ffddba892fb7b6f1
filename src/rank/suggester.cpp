#include "pesmatch/suggester.hpp"

#include <xapian.h>

#include <algorithm>
#include <optional>

#include "index/generations.hpp"
#include "index/profile.hpp"
#include "index/schema.hpp"
#include "index/shards.hpp"
#include "index/xapian_errors.hpp"
#include "pesmatch/error.hpp"
#include "pesmatch/ingest.hpp"
#include "rank/deadline.hpp"
#include "rank/pes_search.hpp"
#include "rank/query_builder.hpp"
#include "rank/reranker.hpp"

namespace pesmatch {
namespace {

// A retrieved open tender.
struct Scored {
  Tender tender;
  std::optional<detail::TenderContext> context;  // refers to `tender`: a Scored is never moved
  detail::PairScore scored;
};

}  // namespace

struct Suggester::Impl {
  Xapian::Database pes_db, tender_db;
  const ReferenceData& ref;
  Analyzer& analyzer;
  detail::Reranker reranker;

  Impl(const std::string& dir, const RankingResources& resources)
      : pes_db(detail::open_index(dir)), tender_db(detail::open_tender_database(dir)), ref(resources.reference),
        analyzer(resources.analyzer), reranker(resources) {}

  Xapian::Query query_for(const Pes& pes) {
    std::vector<std::string> cpv_terms;
    for (const auto& c : pes.cpv) {
      cpv_terms.push_back(detail::schema::kCpv + c.digits_str());
      for (const auto& a : ref.cpv.ancestors(c))
        if (a.significant_digits() >= 3) cpv_terms.push_back(detail::schema::kCpv + a.digits_str());
    }
    const Xapian::Query cpv(Xapian::Query::OP_OR, cpv_terms.begin(), cpv_terms.end());
    return Xapian::Query(Xapian::Query::OP_OR, detail::pes_text_query(pes, analyzer), Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, cpv, 0.0));
  }

  // One suggestion, read from the tenders database as it is: retrieval here, the rest in the
  // reranker shared with `match`.
  SuggestResult suggest(const std::string& pes_id, const SuggestOptions& options) {
    detail::check_deadline(options.deadline, "before candidate retrieval");
    const auto doc = detail::find_pes_document(pes_db, pes_id);
    const Pes pes = parse_pes(doc.get_data(), ref, "<index>", 1);
    const auto profile = detail::decode_profile(doc.get_value(detail::schema::kSlotProfile), ref);
    const auto open = retrieve(pes, options);
    std::vector<detail::RankedPair> pairs;
    pairs.reserve(open.size());
    for (std::size_t i = 0; i < open.size(); ++i) {
      auto& s = *open[i];
      s.context.emplace(detail::make_tender_context(s.tender, ref.cpv, analyzer));
      pairs.push_back({&*s.context, &profile, &s.tender.id, &s.scored, i});
    }
    reranker.score(pairs, options.deadline);
    SuggestResult result{pes.id, pes.name, {}, open.size()};
    detail::check_deadline(options.deadline, "before explaining the results");
    result.ranked = reranker.explain_top<RankedTender>(
        pairs, options.top_k, options.deadline,
        [&](const detail::RankedPair& pair, detail::PairExplanation e) { return ranked(*open[pair.candidate], std::move(e)); });
    return result;
  }

  // The open tenders retrieved for `pes` (text, with its CPV codes admitting), those it may bid for.
  std::vector<std::unique_ptr<Scored>> retrieve(const Pes& pes, const SuggestOptions& options) {
    Xapian::Enquire enquire(tender_db);
    enquire.set_query(query_for(pes));
    const auto mset = enquire.get_mset(0, static_cast<Xapian::doccount>(options.candidates));
    detail::check_deadline(options.deadline, "after candidate retrieval");
    std::vector<std::unique_ptr<Scored>> open;
    for (auto it = mset.begin(); it != mset.end(); ++it) {
      if (it.get_rank() % detail::kDeadlineStride == detail::kDeadlineStride - 1)
        detail::check_deadline(options.deadline, "while reranking the candidates");
      auto tender = parse_tender(it.get_document().get_data(), ref, "<index>", 1);
      auto s = std::make_unique<Scored>(Scored{std::move(tender), std::nullopt, {it.get_weight(), {}}});
      const Tender& t = s->tender;
      if (!options.today.empty() && !t.deadline.empty() && t.deadline < options.today) continue;
      if (!options.published_since.empty() && t.published < options.published_since) continue;
      s->scored.eligibility = eligibility(pes, t, order_year(t));
      if (!s->scored.eligibility.eligible) continue;  // reserved tenders go only to eligible members
      open.push_back(std::move(s));
    }
    return open;
  }

  RankedTender ranked(const Scored& s, detail::PairExplanation explanation) const {
    RankedTender r;
    r.id = s.tender.id;
    r.title = s.tender.title;
    r.deadline = s.tender.deadline;
    r.published = s.tender.published;
    r.distance_km = explanation.distance_km;
    r.reserved_art94 = s.tender.reserved == Reservation::art94;
    r.reserved_art361 = s.tender.reserved == Reservation::art361;
    r.social_services = ref.cpv.entry(s.tender.cpv.front()).annex_xiv;
    r.eligibility = s.scored.eligibility;
    r.score = explanation.score;
    r.factors = std::move(explanation.factors);
    r.record = s.tender;
    return r;
  }
};

Suggester::Suggester(const std::string& db_dir, const RankingResources& resources) {
  detail::with_xapian_errors(detail::kCannotOpenIndex, db_dir, [&] { impl_ = std::make_unique<Impl>(db_dir, resources); });
}

Suggester::Suggester(Suggester&&) noexcept = default;
Suggester& Suggester::operator=(Suggester&&) noexcept = default;
Suggester::~Suggester() = default;

std::vector<std::string> Suggester::pes_ids() const {
  std::vector<std::string> ids;
  for (auto it = impl_->pes_db.allterms_begin(detail::schema::kIdTerm); it != impl_->pes_db.allterms_end(detail::schema::kIdTerm); ++it)
    ids.push_back((*it).substr(1));
  return ids;
}

std::vector<PesSummary> Suggester::find_pes(std::string_view text, std::size_t limit) const {
  return detail::with_xapian_errors(detail::kSearchFailed, {}, [&] { return detail::find_pes(impl_->pes_db, impl_->ref, text, limit); });
}

SuggestResult Suggester::suggest(const std::string& pes_id, const SuggestOptions& options) {
  // `index --add-tenders` commits into the published tenders database without a new
  // generation; reopen() moves to its latest revision (a read of the version file when there
  // is none), so a long-lived suggester such as the server's sees added tenders at once. A read
  // that two such commits overtake loses its revision (DatabaseModifiedError): it starts again
  // on the latest one.
  constexpr int kAttempts = 5;
  return detail::with_xapian_errors(detail::kSearchFailed, {}, [&] {
    for (int attempt = 1;; ++attempt) {
      try {
        impl_->tender_db.reopen();
        return impl_->suggest(pes_id, options);
      } catch (const Xapian::DatabaseModifiedError&) {
        if (attempt == kAttempts) throw;
      }
    }
  });
}

}  // namespace pesmatch
