// Reading awarded contracts back from the index for the market survey: those of the tender's CPV
// group whose buyer sits in a województwo of the tender's places, newest first.
#include <xapian.h>

#include "index/generations.hpp"
#include "index/schema.hpp"
#include "index/xapian_errors.hpp"
#include "pesmatch/index.hpp"

namespace pesmatch {
namespace {

Xapian::Query near_query(const Tender& tender) {
  std::vector<Xapian::Query> places;
  for (const auto& p : tender.places) places.emplace_back(detail::schema::kPlace + p.wojewodztwo().str());
  return Xapian::Query(Xapian::Query::OP_OR, places.begin(), places.end());
}

}  // namespace

std::vector<IndexedContract> comparable_contracts(const std::string& db_dir, const Tender& tender,
                                                  const ReferenceData& ref, std::size_t limit) {
  const auto path = detail::live_database_path(db_dir, "contracts");
  if (path.empty() || tender.cpv.empty()) return {};
  return detail::with_xapian_errors("reading contracts failed", db_dir, [&] {
    Xapian::Database db(path);
    const Xapian::Query group(detail::schema::kCpvGroup + tender.cpv.front().digits_str().substr(0, 3));
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query(Xapian::Query::OP_FILTER, group, near_query(tender)));
    enquire.set_sort_by_value_then_relevance(detail::schema::kSlotPublished, true);
    std::vector<IndexedContract> out;
    for (auto it = enquire.get_mset(0, static_cast<Xapian::doccount>(limit)).begin(); it != Xapian::MSetIterator(); ++it) {
      const auto doc = it.get_document();
      out.push_back({parse_contract(doc.get_data(), ref, path, 0), doc.get_value(detail::schema::kSlotWinnerPes)});
    }
    return out;
  });
}

}  // namespace pesmatch
