#include "importers/header_sentence.h"

#include <algorithm>
#include <array>
#include <initializer_list>

#include "importers/dutch_dates.h"
#include "importers/text_cleanup.h"

namespace riskgraph {
namespace {

constexpr std::array<std::string_view, 31> kMinistries{
    "Algemene Zaken", "Binnenlandse Zaken en Koninkrijksrelaties", "Buitenlandse Zaken", "Defensie",
    "Economische Zaken", "Economische Zaken en Klimaat", "Financiën", "Infrastructuur en Waterstaat",
    "Justitie en Veiligheid", "Veiligheid en Justitie", "Landbouw, Natuur en Voedselkwaliteit",
    "Landbouw, Visserij, Voedselzekerheid en Natuur", "Onderwijs, Cultuur en Wetenschap",
    "Sociale Zaken en Werkgelegenheid", "Volksgezondheid, Welzijn en Sport", "Klimaat en Groene Groei",
    "Asiel en Migratie", "Volkshuisvesting en Ruimtelijke Ordening", "Buitenlandse Handel en Ontwikkelingshulp",
    "Buitenlandse Handel en Ontwikkelingssamenwerking", "Rechtsbescherming", "Medische Zorg",
    "Langdurige Zorg en Sport", "Primair en Voortgezet Onderwijs", "Armoedebeleid, Participatie en Pensioenen",
    "Jeugd, Preventie en Sport", "Digitalisering en Koninkrijksrelaties", "Fiscaliteit en Belastingdienst",
    "Herstel Groningen", "Toeslagen en Douane", "Infrastructuur en Milieu"};

bool is_ministry(std::string_view name) {
    for (auto m : kMinistries) {
        if (m == name) return true;
    }
    return false;
}

std::string_view trim_punct(std::string_view s) {
    s = trim(s);
    while (!s.empty() && (s.back() == '.' || s.back() == ',' || s.back() == ';' || s.back() == ':' || s.back() == ' ')) {
        s.remove_suffix(1);
    }
    return trim(s);
}

std::string_view strip_prefix(std::string_view s, std::string_view prefix) {
    return s.starts_with(prefix) ? s.substr(prefix.size()) : s;
}

std::string capitalized(std::string_view s) {
    std::string out(s);
    if (!out.empty() && out[0] >= 'a' && out[0] <= 'z') out[0] = static_cast<char>(out[0] - 'a' + 'A');
    return out;
}

// "vanFinanciën" -> "van Financiën": PDF extraction drops spaces at line joins.
void unglue_words(std::string& s) {
    for (std::size_t i = 1; i < s.size(); ++i) {
        if (s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z') s.insert(i++, 1, ' ');
    }
}

// Whether `s` holds `sep` at `pos`. Separators are a few bytes and usually
// differ at the second, so a byte loop beats calling memcmp.
bool has_at(std::string_view s, std::size_t pos, std::string_view sep) {
    if (s.size() - pos < sep.size()) return false;
    for (std::size_t k = 0; k < sep.size(); ++k) {
        if (s[pos + k] != sep[k]) return false;
    }
    return true;
}

// s.find(needle) for a needle starting with a space (" aan "): memchr looks
// for its second byte, which is much rarer than the space.
std::size_t find_after_space(std::string_view s, std::string_view needle) {
    for (auto pos = s.find(needle[1], 1); pos != std::string_view::npos; pos = s.find(needle[1], pos + 1)) {
        if (has_at(s, pos - 1, needle)) return pos - 1;
    }
    return std::string_view::npos;
}

// Calls `part` with each piece of `s` between separators outside parentheses.
// Bytes that neither open or close a parenthesis nor start a separator are
// skipped by a table look-up.
template <typename Part>
void split_top_level(std::string_view s, std::initializer_list<std::string_view> separators, Part&& part) {
    std::array<bool, 256> stops{};
    stops['('] = stops[')'] = true;
    for (auto sep : separators) stops[static_cast<unsigned char>(sep[0])] = true;
    int depth = 0;
    std::size_t start = 0;
    std::size_t i = 0;
    while (i < s.size()) {
        if (!stops[static_cast<unsigned char>(s[i])]) {
            ++i;
            continue;
        }
        if (s[i] == '(') ++depth;
        if (s[i] == ')' && depth > 0) --depth;
        bool split = false;
        if (depth == 0) {
            for (auto sep : separators) {
                if (has_at(s, i, sep)) {
                    part(s.substr(start, i - start));
                    i += sep.size();
                    start = i;
                    split = true;
                    break;
                }
            }
        }
        if (!split) ++i;
    }
    part(s.substr(start));
}

// "Kostic ´" -> "Kostic": a spacing accent the PDF printed apart from its letter.
std::string clean_name(std::string_view name) {
    std::string out = clean_inline(name);
    if (out.find('`') == std::string::npos && out.find('\xC2') == std::string::npos) return out;  // no accent, already trimmed
    for (std::string_view accent : {" ´", " `", " ¨"}) {
        for (auto pos = out.find(accent); pos != std::string::npos; pos = out.find(accent)) out.erase(pos, accent.size());
    }
    return std::string(trim(out));
}

std::string title_singular(std::string_view plural) {
    if (plural == "Ministers" || plural == "ministers") return std::string(plural.substr(0, plural.size() - 1));
    if (plural == "Staatssecretarissen" || plural == "staatssecretarissen") return std::string(plural.substr(0, 16));
    return {};
}

// "van Onderwijs, Cultuur en Wetenschap en Volksgezondheid, Welzijn en Sport"
// -> the two ministries, when both halves are known ministry names.
std::vector<std::string> split_ministry_pair(std::string_view segment) {
    const auto space = segment.find(' ');
    if (space == std::string_view::npos) return {std::string(segment)};
    const std::string_view preposition = segment.substr(0, space);
    const std::string_view body = segment.substr(space + 1);
    for (auto p = body.find(" en "); p != std::string_view::npos; p = body.find(" en ", p + 1)) {
        if (is_ministry(body.substr(0, p)) && is_ministry(body.substr(p + 4))) {
            return {std::string(preposition) + " " + std::string(body.substr(0, p)),
                    std::string(preposition) + " " + std::string(body.substr(p + 4))};
        }
    }
    return {std::string(segment)};
}

// "van X en van Y, voor Z" -> "van X", "van Y", "voor Z".
std::vector<std::string_view> split_before_preposition(std::string_view text) {
    std::vector<std::string_view> segments;
    std::size_t start = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] != ' ' && text[i] != ',') continue;
        const std::string_view rest = text.substr(i);
        std::size_t joiner = 0;
        if (rest.starts_with(" en van ") || rest.starts_with(" en voor ")) joiner = 4;
        else if (rest.starts_with(", van ") || rest.starts_with(", voor ")) joiner = 2;
        if (joiner == 0) continue;
        segments.push_back(text.substr(start, i - start));
        start = i + joiner;
        i = start;
    }
    segments.push_back(text.substr(start));
    return segments;
}

// "Ministers van X en van Y" -> "Minister van X", "Minister van Y".
void add_addressee(std::string_view part, std::vector<std::string>& out) {
    part = trim_punct(strip_prefix(trim(part), "de "));
    if (part.empty()) return;
    if (part.starts_with("Minister en Staatssecretaris ")) {
        const auto rest = part.substr(29);
        out.push_back("Minister " + std::string(rest));
        out.push_back("Staatssecretaris " + std::string(rest));
        return;
    }
    const auto space = part.find(' ');
    const std::string singular = space == std::string_view::npos ? std::string() : title_singular(part.substr(0, space));
    if (singular.empty()) {
        out.push_back(capitalized(part));
        return;
    }
    for (auto segment : split_before_preposition(part.substr(space + 1))) {
        for (const auto& ministry : split_ministry_pair(segment)) out.push_back(capitalized(singular + " " + ministry));
    }
}

// Removes ", bij afwezigheid van de Minister," (the absent minister is not addressed).
void drop_absence_clause(std::string& text) {
    const auto start = text.find(", bij afwezigheid");
    if (start == std::string::npos) return;
    const auto comma = text.find(',', start + 2);
    text.erase(start, comma == std::string::npos ? std::string::npos : comma - start);
}

// Just after the first " lid " or " leden ".
std::size_t find_members_start(std::string_view sentence) {
    for (auto pos = sentence.find('l', 1); pos != std::string_view::npos; pos = sentence.find('l', pos + 1)) {
        if (sentence[pos - 1] != ' ') continue;
        if (has_at(sentence, pos, "lid ")) return pos + 4;
        if (has_at(sentence, pos, "leden ")) return pos + 6;
    }
    return std::string_view::npos;
}

}  // namespace

bool opens_question_header(std::string_view line) {
    line = strip_markdown_marks(line);
    if (line.empty() || (line[0] != 'V' && line[0] != 'M' && line[0] != 'S')) return false;
    for (std::string_view prefix : {"Vragen van ", "Vragen de ", "Vragen het ", "Mondelinge vragen ",
                                    "Schriftelijke vragen ", "Vraag van "}) {
        if (line.starts_with(prefix)) return true;
    }
    return false;
}

std::vector<Member> parse_members(std::string_view list) {
    std::vector<Member> members;
    members.reserve(4);
    split_top_level(list, {",", " en "}, [&](std::string_view item) {
        item = trim(item);
        if (item.empty()) return;
        Member member;
        const auto open = item.find('(');
        if (open == std::string_view::npos) {
            member.name = clean_name(item);
        } else {
            member.name = clean_name(item.substr(0, open));
            const auto close = item.find(')', open);
            std::string_view party = trim(item.substr(open + 1, close == std::string_view::npos ? std::string_view::npos : close - open - 1));
            const bool shared = party.starts_with("beiden ") || party.starts_with("allen ");
            if (shared) party = trim(party.substr(party.find(' ') + 1));
            member.party = clean_inline(party);
            for (auto it = members.rbegin(); shared && it != members.rend() && it->party.empty(); ++it) {
                it->party = member.party;
            }
        }
        if (!member.name.empty()) members.push_back(std::move(member));
    });
    return members;
}

std::vector<std::string> parse_addressees(std::string_view text) {
    std::string unglued = clean_inline(text);
    unglue_words(unglued);
    drop_absence_clause(unglued);
    std::vector<std::string> out;
    split_top_level(unglued, {" en de ", ", de ", " en het "}, [&](std::string_view part) { add_addressee(part, out); });
    return out;
}

std::vector<std::string> parse_answered_by(std::string_view text) {
    std::string cleaned = clean_inline(text);
    if (const auto mede = cleaned.find(" mede namens"); mede != std::string::npos) cleaned.erase(mede);
    for (auto pos = cleaned.find(" - "); pos != std::string::npos; pos = cleaned.find(" - ", pos)) cleaned.replace(pos, 3, "-");
    std::vector<std::string> out;
    split_top_level(cleaned, {", van ", " en van "}, [&](std::string_view part) {
        std::string entry = capitalized(trim_punct(strip_prefix(trim(part), "de ")));
        if (entry.empty()) return;
        const auto opens = std::count(entry.begin(), entry.end(), '(');
        const auto closes = std::count(entry.begin(), entry.end(), ')');
        if (opens > closes) entry.push_back(')');
        out.push_back(std::move(entry));
    });
    return out;
}

QuestionHeader parse_question_header(std::string_view sentence) {
    QuestionHeader header;
    header.oral = sentence.starts_with("Mondelinge");
    const auto submitted_at = sentence.find("(ingezonden");
    if (submitted_at != std::string_view::npos) header.submitted = find_date(sentence.substr(submitted_at));
    const std::string_view body = sentence.substr(0, submitted_at);

    const auto members_start = find_members_start(body);
    if (members_start == std::string_view::npos) return header;
    std::string_view rest = body.substr(members_start);
    while (rest.starts_with("lid ")) rest.remove_prefix(4);
    const auto aan = find_after_space(rest, " aan ");
    header.members = parse_members(rest.substr(0, aan == std::string_view::npos ? find_after_space(rest, " over ") : aan));
    if (aan == std::string_view::npos) return header;

    rest = rest.substr(aan + 5);
    const auto over = find_after_space(rest, " over ");
    header.addressees = parse_addressees(rest.substr(0, over));
    if (over != std::string_view::npos) header.subject = clean_inline(trim_punct(rest.substr(over + 6)));
    return header;
}

}  // namespace riskgraph
