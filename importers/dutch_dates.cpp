#include "importers/dutch_dates.h"

#include <array>

#include "importers/text_cleanup.h"

namespace riskgraph {
namespace {

struct MonthName {
    std::string_view name;
    int month;
};

constexpr std::array<MonthName, 30> kMonths{{
    {"januari", 1},   {"februari", 2}, {"maart", 3},     {"april", 4},     {"mei", 5},
    {"juni", 6},      {"juli", 7},     {"augustus", 8},  {"september", 9}, {"oktober", 10},
    {"november", 11}, {"december", 12}, {"january", 1},  {"february", 2},  {"march", 3},
    {"may", 5},       {"june", 6},     {"july", 7},      {"august", 8},    {"october", 10},
    {"jan", 1},       {"feb", 2},      {"mrt", 3},       {"apr", 4},       {"aug", 8},
    {"sep", 9},       {"sept", 9},     {"okt", 10},      {"nov", 11},      {"dec", 12},
}};

char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Reads up to `max_digits` digits at text[pos]; returns -1 when there are none.
int read_number(std::string_view text, std::size_t& pos, std::size_t max_digits) {
    int value = 0;
    std::size_t n = 0;
    while (pos < text.size() && is_digit(text[pos]) && n < max_digits) {
        value = value * 10 + (text[pos] - '0');
        ++pos;
        ++n;
    }
    return n == 0 ? -1 : value;
}

void skip_spaces(std::string_view text, std::size_t& pos) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
}

// "25/03/2022" or "25-03-2022" starting at pos (a digit).
std::string numeric_date_at(std::string_view text, std::size_t pos) {
    const int day = read_number(text, pos, 2);
    if (pos >= text.size() || (text[pos] != '/' && text[pos] != '-')) return {};
    const char sep = text[pos++];
    const int month = read_number(text, pos, 2);
    if (pos >= text.size() || text[pos] != sep) return {};
    ++pos;
    const std::size_t year_start = pos;
    const int year = read_number(text, pos, 4);
    if (pos - year_start != 4 || (pos < text.size() && is_digit(text[pos]))) return {};
    return iso_date(year, month, day);
}

// "22 december 2020", "18 november2024", "4 november jl." starting at pos (a digit).
std::string worded_date_at(std::string_view text, std::size_t pos, int reference_year) {
    const int day = read_number(text, pos, 2);
    if (pos < text.size() && is_digit(text[pos])) return {};
    skip_spaces(text, pos);
    const std::size_t word_start = pos;
    while (pos < text.size() && is_ascii_letter(text[pos])) ++pos;
    const int month = month_number(text.substr(word_start, pos - word_start));
    if (month == 0) return {};
    if (pos < text.size() && text[pos] == '.') ++pos;
    skip_spaces(text, pos);
    const std::string_view rest = text.substr(pos);
    if (rest.starts_with("jl") || rest.starts_with("j.l")) {
        return reference_year > 0 ? iso_date(reference_year, month, day) : std::string();
    }
    const std::size_t year_start = pos;
    const int year = read_number(text, pos, 4);
    if (pos - year_start != 4 || (pos < text.size() && is_digit(text[pos]))) return {};
    return iso_date(year, month, day);
}

}  // namespace

int month_number(std::string_view word) {
    if (word.size() < 3 || word.size() > 9) return 0;
    std::array<char, 10> lower{};
    for (std::size_t i = 0; i < word.size(); ++i) lower[i] = lower_ascii(word[i]);
    const std::string_view key(lower.data(), word.size());
    for (const auto& m : kMonths) {
        if (m.name == key) return m.month;
    }
    return 0;
}

std::string iso_date(int year, int month, int day) {
    static constexpr std::array<int, 12> kDays{31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1 || day > kDays[month - 1]) {
        return {};
    }
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    if (month == 2 && day == 29 && !leap) return {};
    const auto digit = [](int n) { return static_cast<char>('0' + n % 10); };
    const char out[10] = {digit(year / 1000), digit(year / 100), digit(year / 10), digit(year), '-',
                          digit(month / 10),  digit(month),      '-',              digit(day / 10), digit(day)};
    return std::string(out, sizeof out);
}

std::string find_date(std::string_view text, int reference_year) {
    for (std::size_t pos = 0; pos < text.size(); ++pos) {
        if (!is_digit(text[pos]) || (pos > 0 && is_digit(text[pos - 1]))) continue;
        std::string date = worded_date_at(text, pos, reference_year);
        if (date.empty()) date = numeric_date_at(text, pos);
        if (!date.empty()) return date;
    }
    return {};
}

}  // namespace riskgraph
