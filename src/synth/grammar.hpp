// A tiny phrase grammar for the synthesizer's Polish texts, and the text helpers around it.
// In a template "[a|b|c]" picks one option (options nest), "{key}" asks the caller for a value,
// "^" is a verb's person ending ("my" in the 1st person plural, "" in the 3rd singular: "sprząta^")
// and "~" a past-tense gender ending ("", "a", "o": "powstał~").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "synth/random.hpp"

namespace pesmatch::synth {

/// Grammatical person of a description: "sprzątamy" or "(spółdzielnia) sprząta".
enum class Person { first_plural, third_singular };
/// Grammatical gender of the subject, for past tenses ("powstał", "powstała", "powstało").
enum class Gender { masculine, feminine, neuter };

/// Person and gender that "^" and "~" resolve to.
struct Voice {
  Person person = Person::first_plural;  ///< person of the verbs
  Gender gender = Gender::feminine;      ///< gender of the subject
};

/// Expands `tpl` into `out`; `vars(key, out)` appends the value of "{key}" (it may expand further).
template <typename Vars>
void expand(std::string_view tpl, Rng& rng, const Voice& voice, Vars&& vars, std::string& out) {
  std::size_t i = 0;
  while (i < tpl.size()) {
    const char c = tpl[i];
    if (c == '[') {
      // First pass: count the top-level options and find the closing bracket.
      std::size_t depth = 0, options = 1, end = i + 1;
      for (; end < tpl.size(); ++end) {
        if (tpl[end] == '[') ++depth;
        else if (tpl[end] == ']') { if (depth == 0) break; --depth; }
        else if (tpl[end] == '|' && depth == 0) ++options;
      }
      // Second pass: locate the chosen option.
      const auto chosen = rng.below(options);
      std::size_t start = i + 1, index = 0;
      depth = 0;
      for (std::size_t j = i + 1; j <= end; ++j) {
        const char d = j < end ? tpl[j] : '|';
        if (d == '[') ++depth;
        else if (d == ']') --depth;
        else if (d == '|' && depth == 0) {
          if (index == chosen) { expand(tpl.substr(start, j - start), rng, voice, vars, out); break; }
          ++index;
          start = j + 1;
        }
      }
      i = end + 1;
    } else if (c == '{') {
      const auto close = tpl.find('}', i);
      vars(tpl.substr(i + 1, close - i - 1), out);
      i = close + 1;
    } else if (c == '^') {
      if (voice.person == Person::first_plural) out += "my";
      ++i;
    } else if (c == '~') {
      if (voice.gender == Gender::feminine) out += 'a';
      else if (voice.gender == Gender::neuter) out += 'o';
      ++i;
    } else {
      const auto next = tpl.find_first_of("[{^~", i);
      const auto stop = next == std::string_view::npos ? tpl.size() : next;
      out.append(tpl.data() + i, stop - i);
      i = stop;
    }
  }
}

/// Upper-cases the letter at byte `pos` (ASCII or a Polish letter); anything else is left alone.
void capitalize_at(std::string& text, std::size_t pos);
/// Replaces Polish letters by their ASCII base letters in place ("Łódź" → "Lodz"), as people
/// typing without a Polish keyboard layout do; typographic quotes and dashes become ASCII too.
void fold_diacritics(std::string& text);
/// ASCII slug for e-mail and web addresses: folded, lower-case, letters and digits only.
std::string slug(std::string_view text, std::size_t max_len = 24);
/// Polish noun form for a count: `one` (1), `few` (2–4, 22–24, …) or `many`.
std::string_view plural(long n, std::string_view one, std::string_view few, std::string_view many);
/// Appends `n` with a space as thousands separator ("1 450").
void append_thousands(std::string& out, long n);
/// Drops the second of two final periods ("… 2016 r.." → "… 2016 r.").
void tidy_period(std::string& text);
/// Joins 1–n phrases as Polish lists do: "a", "a i b", "a, b oraz c".
void append_list(std::string& out, const std::vector<std::string>& items, Rng& rng);

}  // namespace pesmatch::synth
