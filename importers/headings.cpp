#include "importers/headings.h"

#include <array>
#include <string>

#include "importers/text_cleanup.h"

namespace riskgraph {
namespace {

constexpr int kMaxRange = 500;

bool read_int(std::string_view text, std::size_t& pos, int* value) {
    std::size_t digits = 0;
    int v = 0;
    while (pos < text.size() && is_digit(text[pos]) && digits < 6) {
        v = v * 10 + (text[pos] - '0');
        ++pos;
        ++digits;
    }
    if (digits == 0 || (pos < text.size() && is_digit(text[pos]))) return false;
    *value = v;
    return true;
}

// Consumes a list separator at pos; sets *range for "t/m".
bool read_separator(std::string_view text, std::size_t& pos, bool* range) {
    static constexpr std::array<std::string_view, 6> kList{", ", ",", " en ", " & ", " - ", "-"};
    static constexpr std::array<std::string_view, 2> kRange{" t/m ", " tot en met "};
    const auto rest = text.substr(pos);
    for (auto sep : kRange) {
        if (rest.starts_with(sep)) {
            pos += sep.size();
            *range = true;
            return true;
        }
    }
    for (auto sep : kList) {
        if (rest.starts_with(sep)) {
            pos += sep.size();
            *range = sep.find('-') != std::string_view::npos;
            return true;
        }
    }
    return false;
}

std::string_view strip_bullet(std::string_view line) {
    if (line.empty() || (line[0] != '\xE2' && line[0] != '-' && line[0] != '*')) return line;
    for (std::string_view bullet : {"• ", "- ", "* "}) {
        if (line.starts_with(bullet)) return trim(line.substr(bullet.size()));
    }
    return line;
}

std::string_view strip_trailing_colon(std::string_view line) {
    while (!line.empty() && (line.back() == ':' || line.back() == '.')) line.remove_suffix(1);
    return trim(line);
}

// Appends the numbers `text` lists; false unless the whole text is a list.
bool read_number_list(std::string_view text, std::vector<int>& numbers) {
    std::size_t pos = 0;
    bool range = false;
    for (;;) {
        int value = 0;
        if (!read_int(text, pos, &value)) return false;
        if (range && !numbers.empty() && value > numbers.back() && value - numbers.back() <= kMaxRange) {
            for (int n = numbers.back() + 1; n <= value; ++n) numbers.push_back(n);
        } else {
            numbers.push_back(value);
        }
        if (pos == text.size()) return true;
        if (!read_separator(text, pos, &range)) return false;
    }
}

// What follows a label: a number list ("Vraag| 2 t/m 6") or nothing (a bare
// "Vraag"). On success every field of `heading` is set.
bool labelled(std::string_view rest, kv::Heading::Kind kind, kv::Heading& heading) {
    if (!rest.empty()) {
        if (rest.front() != ' ') return false;
        rest = trim(rest);
        if (rest.empty() || !is_digit(rest.front())) return false;
    }
    heading.kind = kind;
    heading.rest = std::string_view::npos;
    heading.number.assign(rest);
    heading.numbers.clear();
    return rest.empty() || read_number_list(rest, heading.numbers);
}

}  // namespace

std::optional<std::vector<int>> parse_number_list(std::string_view text) {
    std::vector<int> numbers;
    if (!read_number_list(text, numbers)) return std::nullopt;
    return numbers;
}

bool read_labelled_heading(std::string_view line, kv::Heading& heading) {
    if (!may_be_labelled_heading(line)) return false;
    line = strip_markdown_marks(line);
    if (!may_be_labelled_heading(line)) return false;
    line = strip_trailing_colon(strip_bullet(line));
    using Kind = kv::Heading::Kind;
    if (line == "Mededeling") return labelled({}, Kind::notice, heading);
    if (line.starts_with("Vraag")) return labelled(line.substr(5), Kind::question, heading);
    if (line.starts_with("Vragen ")) return labelled(line.substr(6), Kind::question, heading) && !heading.numbers.empty();
    if (!line.starts_with("Antwoord")) return false;
    static constexpr std::array<std::string_view, 10> kAnswerLabels{
        "Antwoord op de vragen", "Antwoord op vragen", "Antwoord op vraag", "Antwoord bij vraag",
        "Antwoord vragen",       "Antwoord vraag",     "Antwoorden op vragen", "Antwoorden vragen",
        "Antwoorden",            "Antwoord"};
    for (auto label : kAnswerLabels) {
        if (!line.starts_with(label)) continue;
        if (labelled(line.substr(label.size()), Kind::answer, heading)) {
            if (heading.numbers.empty() && label != "Antwoord") continue;
            return true;
        }
    }
    return false;
}

std::optional<kv::Heading> parse_labelled_heading(std::string_view line) {
    std::optional<kv::Heading> heading(std::in_place);
    if (!read_labelled_heading(line, *heading)) heading.reset();
    return heading;
}

std::optional<kv::Heading> parse_numbered_heading(std::string_view line, int expected) {
    std::size_t pos = 0;
    int value = 0;
    if (!read_int(line, pos, &value) || value != expected) return std::nullopt;
    kv::Heading heading;
    heading.kind = kv::Heading::Kind::question;
    heading.number = std::to_string(value);
    heading.numbers = {value};
    heading.rest = std::string_view::npos;
    if (pos == line.size()) return heading;
    if (line[pos] != '.') return std::nullopt;
    ++pos;
    if (pos == line.size()) return heading;
    if (line[pos] != ' ') return std::nullopt;
    heading.rest = pos + 1;
    return heading;
}

}  // namespace riskgraph
