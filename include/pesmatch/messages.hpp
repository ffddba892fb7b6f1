// The words people read: one message catalogue per language (data/messages/<lang>.json, built
// into the library), keyed by stable machine names with {placeholders}. Results carry Messages
// (key and arguments), and each output puts them in words in its reader's language.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace pesmatch {

/// A language of the catalogue.
enum class Language { pl, en };

/// "pl" or "en".
[[nodiscard]] std::string_view to_string(Language lang) noexcept;

/// The language named `name` ("pl" or "en"); throws Error(invalid_input) naming `field` otherwise.
[[nodiscard]] Language parse_language(std::string_view name, std::string_view field = "lang");

/// One argument of a message.
struct MessageArg {
  /// How the value becomes text.
  enum class Kind {
    text,    ///< as given (names, codes, data)
    term,    ///< a catalogue key, put in words in the reader's language
    number,  ///< formatted in the reader's language (decimal comma in Polish)
  };
  std::string name;   ///< placeholder name, without braces
  Kind kind = Kind::text;  ///< how to render it
  std::string value;  ///< the text or the term's key
  double number = 0;  ///< the number
  int decimals = 0;   ///< places after the decimal point
};

/// A message: a catalogue key and the values of its placeholders.
struct Message {
  std::string key;               ///< catalogue key, e.g. "detail.cpv.identical"
  std::vector<MessageArg> args;  ///< placeholder values

  /// Sets {name} to `value`, as given.
  Message& text(std::string name, std::string value);
  /// Sets {name} to the catalogue's words for `key`.
  Message& term(std::string name, std::string key);
  /// Sets {name} to `value` with `decimals` places, formatted for the language.
  Message& number(std::string name, double value, int decimals = 0);
};

/// A text made of messages put one after the other (e.g. a reason and its note).
using Sentence = std::vector<Message>;

/// The messages of one language. Loaded once from the built-in catalogue; thread-safe to read.
class Catalogue {
 public:
  /// The catalogue of `lang`.
  static const Catalogue& of(Language lang);

  /// The template of `key` (the key itself when missing, so a gap shows instead of crashing).
  [[nodiscard]] const std::string& text(std::string_view key) const;
  /// `message` with its placeholders filled.
  [[nodiscard]] std::string render(const Message& message) const;
  /// The messages of `sentence`, one after the other.
  [[nodiscard]] std::string render(const Sentence& sentence) const;
  /// A number with `decimals` places as the language writes it ("0,87"; "12 500" in Polish).
  [[nodiscard]] std::string number(double value, int decimals) const;
  /// All keys, sorted.
  [[nodiscard]] std::vector<std::string> keys() const;
  /// The catalogue as a JSON object (key → template), for the web page.
  [[nodiscard]] const std::string& json() const noexcept;
  /// Its language.
  [[nodiscard]] Language language() const noexcept { return lang_; }

 private:
  explicit Catalogue(Language lang);
  struct Entries;
  struct Release {
    void operator()(const Entries* e) const noexcept;
  };
  Language lang_;
  std::unique_ptr<const Entries, Release> entries_;
};

}  // namespace pesmatch
