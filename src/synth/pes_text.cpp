// Descriptions: an opening, service sentences and a random choice of optional sentences (mission,
// clients, place, employment, form facts, equipment, PS status, closing), in a natural order.
#include <algorithm>

#include "synth/pes_text.hpp"
#include "synth/places.hpp"

namespace pesmatch::synth {
namespace {

// Optional sentences in the order they appear when chosen.
enum class Extra { mission, service, client, place, employment, fact, asset, status, closing, count };

class Writer {
 public:
  Writer(const PesDraft& d, Rng& rng)
      : d_(d), rng_(rng), common_(common_text()), trades_(trade_texts()),
        voice_{rng.chance(600) ? Person::first_plural : Person::third_singular, d.form->gender} {}

  // Appends one sentence expanded from `tpl`, capitalized, separated by a space.
  void say(std::string_view tpl) {
    if (!out_.empty()) out_ += ' ';
    const auto start = out_.size();
    expand(tpl, rng_, voice_, vars(), out_);
    capitalize_at(out_, start);
    tidy_period(out_);
    ++said_;
  }

  void service_sentence(bool first) {
    auto tpl = rng_.pick(common_.service_sentences);
    if (first && tpl.starts_with("Oprócz")) tpl = "{S}{act}.";
    if (tpl.find("tags_inst") != std::string_view::npos && d_.world->codes[idx(main())].tags_inst.empty()) tpl = "{S}{act}.";
    say(tpl);
  }

  void employment_sentence() {
    if (d_.employees && *d_.employees > 0 && rng_.chance(650)) {
      const int n = *d_.employees;
      std::string s = rng_.chance(750) ? "{S}zatrudnia^ " : "Zespół liczy ";
      s += std::to_string(n) + " " + std::string(plural(n, "osobę", "osoby", "osób"));
      if (d_.share_percent) {
        const int k = (n * *d_.share_percent + 50) / 100;
        if (k >= 1 && k < n && rng_.chance(700))
          s += ", w tym " + std::to_string(k) + " " + std::string(plural(k, "osobę", "osoby", "osób")) + " " +
               std::string(rng_.pick(common_.groups_inv));
      }
      say(s + ".");
    } else {
      say("{S}zatrudnia^ m.in. {groups}[, wszystkich na umowę o pracę|].");
    }
    if (said_ < limit_ && d_.share_percent && *d_.share_percent >= 50 && rng_.chance(300))
      say("[Ponad połowę|Większość] [zespołu|pracowników] stanowią osoby " + std::string(rng_.pick(common_.groups_inv)) + ".");
  }

  void extra(Extra e) {
    switch (e) {
      case Extra::mission: say("[Naszym celem|Celem działalności|Głównym celem] jest {mission}."); break;
      case Extra::service: service_sentence(false); break;
      case Extra::client: say(rng_.pick(common_.client_sentences)); break;
      case Extra::place: say(rng_.pick(common_.place_sentences)); break;
      case Extra::employment: employment_sentence(); break;
      case Extra::fact: say(rng_.pick(d_.form->facts)); break;
      case Extra::asset: say(rng_.pick(text(pick_trade()).assets)); break;
      case Extra::status:
        say(d_.social_enterprise ? "{S}posiada^ status przedsiębiorstwa społecznego[ od {ps_year} r.|]."
                                 : rng_.pick(common_.closings));
        break;
      case Extra::closing: say(rng_.pick(common_.closings)); break;
      case Extra::count: break;
    }
  }

  std::string write() {
    if (rng_.chance(80)) {
      say(rng_.pick(common_.thin));
    } else {
      const auto r = rng_.below(100);
      const std::size_t sentences = r < 20 ? 2 : r < 55 ? 3 : r < 85 ? 4 : 5;
      limit_ = sentences;
      if (rng_.chance(850)) say(rng_.pick(voice_.person == Person::first_plural ? common_.openings_we : common_.openings_it));
      service_sentence(true);
      std::array<Extra, static_cast<std::size_t>(Extra::count)> pool{};
      for (std::size_t i = 0; i < pool.size(); ++i) pool[i] = static_cast<Extra>(i);
      for (std::size_t i = pool.size() - 1; i > 0; --i) std::swap(pool[i], pool[rng_.below(i + 1)]);
      const std::size_t chosen = std::min(pool.size(), sentences > 2 ? sentences - 2 : std::size_t{0});
      std::sort(pool.begin(), pool.begin() + static_cast<std::ptrdiff_t>(chosen));
      for (std::size_t i = 0; i < chosen; ++i) extra(pool[i]);
    }
    if (rng_.chance(50)) fold_diacritics(out_);
    return std::move(out_);
  }

 private:
  static std::size_t idx(Trade t) { return static_cast<std::size_t>(t); }
  Trade main() const { return d_.trades.front(); }
  const TradeText& text(Trade t) const { return trades_[idx(t)]; }
  Trade pick_trade() { return d_.trades.size() > 1 && rng_.chance(300) ? d_.trades[1] : main(); }

  // Appends 2–`most` distinct expansions of `list`.
  void distinct(const Phrases& list, std::size_t most, std::string& out) {
    const auto n = std::min<std::size_t>(list.size(), 2 + rng_.below(most - 1));
    std::vector<std::size_t> picked;
    std::vector<std::string> items;
    while (items.size() < n) {
      const auto i = static_cast<std::size_t>(rng_.below(list.size()));
      if (std::find(picked.begin(), picked.end(), i) != picked.end()) continue;
      picked.push_back(i);
      expand(list[i], rng_, voice_, vars(), items.emplace_back());
    }
    append_list(out, items, rng_);
  }

  // The "{key}" callback of expand().
  struct Vars {
    Writer* writer;
    void operator()(std::string_view key, std::string& out) const { writer->value(key, out); }
  };
  Vars vars() { return Vars{this}; }

  void value(std::string_view key, std::string& out) {
    const auto& world = *d_.world;
    const auto& seat = *d_.seat;
    auto emit = [&](std::string_view tpl) { expand(tpl, rng_, voice_, vars(), out); };
    if (key == "S") {
      if (voice_.person == Person::third_singular) { emit(d_.form->subject); out += ' '; }
    } else if (key == "act") {
      last_act_ = rng_.below(text(act_trade_ = pick_trade()).acts.size());
      emit(text(act_trade_).acts[last_act_]);
    } else if (key == "act2") {
      const Trade t = d_.trades.size() > 1 && act_trade_ == main() ? d_.trades[1] : act_trade_;
      auto i = rng_.below(text(t).acts.size());
      if (t == act_trade_ && i == last_act_) i = (i + 1) % text(t).acts.size();
      emit(text(t).acts[i]);
    } else if (key == "offers") {
      distinct(text(pick_trade()).offers, 3, out);
    } else if (key == "tags") {
      distinct(text(pick_trade()).tags, 4, out);
    } else if (key == "tag") {
      out += rng_.pick(text(main()).tags);
    } else if (key == "tags_inst") {
      const auto& list = world.codes[idx(main())].tags_inst;
      const auto tag = rng_.pick(list);
      const auto space = std::min(tag.find(' '), tag.size());
      ((out += tag.substr(0, space)) += 'm') += tag.substr(space);
    } else if (key == "client" || key == "client2") {
      emit(rng_.pick(text(key == "client" ? main() : pick_trade()).clients));
    } else if (key == "name") {
      out += d_.name;
    } else if (key == "form_inst") {
      out += d_.form->inst;
    } else if (key == "form_nom") {
      out += d_.form->nom;
    } else if (key == "from") {
      append_from(world, seat, rng_, out);
    } else if (key == "place") {
      append_place(world, seat, rng_, out);
    } else if (key == "area_nom") {
      append_area_nom(world, seat, rng_, out);
    } else if (key == "year") {
      out += std::to_string(d_.founded);
    } else if (key == "ps_year") {
      out += std::to_string(std::clamp(d_.founded + 1 + static_cast<int>(rng_.below(3)), 2023, 2025));
    } else if (key == "founder") {
      emit(rng_.pick(common_.founders));
    } else if (key == "mission") {
      emit(rng_.pick(common_.missions));
    } else if (key == "groups") {
      const auto first = rng_.pick(common_.groups_acc);
      out += first;
      if (const auto second = rng_.pick(common_.groups_acc); second != first && rng_.chance(500)) (out += " i ") += second;
    } else if (key == "workshops") {
      distinct(common_.workshops, 3, out);
    } else if (key == "radius") {
      out += std::to_string(d_.radius_km.value_or(20 + 5 * static_cast<int>(rng_.below(9))));
    } else if (key == "gmina") {
      out += seat.name;
    } else if (key == "n1") {
      out += std::to_string(rng_.between(2, 10));
    } else if (key == "n2") {
      out += std::to_string(5 * rng_.between(3, 12));
    } else if (key == "n3") {
      out += std::to_string(10 * rng_.between(5, 60));
    }
  }

  const PesDraft& d_;
  Rng& rng_;
  const CommonText& common_;
  const std::array<TradeText, kTradeCount>& trades_;
  Voice voice_;
  std::string out_;
  std::size_t said_ = 0, limit_ = 1;  // sentences written, and the most wanted
  Trade act_trade_ = Trade::cleaning;
  std::uint64_t last_act_ = 0;
};

}  // namespace

std::string make_description(const PesDraft& draft, Rng& rng) { return Writer(draft, rng).write(); }

std::vector<std::string> make_services(const PesDraft& draft, Rng& rng) {
  std::vector<std::string> tags;
  const auto n = 2 + rng.below(3);
  for (std::size_t attempt = 0; tags.size() < n && attempt < 12; ++attempt) {
    const auto trade = draft.trades.size() > 1 && rng.chance(350) ? draft.trades[1] : draft.trades.front();
    std::string tag(rng.pick(trade_texts()[static_cast<std::size_t>(trade)].tags));
    if (std::find(tags.begin(), tags.end(), tag) == tags.end()) tags.push_back(std::move(tag));
  }
  return tags;
}

}  // namespace pesmatch::synth
