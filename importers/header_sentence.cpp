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
std::string unglue_words(std::string_view s) {
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (i > 0 && s[i] >= 'A' && s[i] <= 'Z' && s[i - 1] >= 'a' && s[i - 1] <= 'z') out.push_back(' ');
        out.push_back(s[i]);
    }
    return out;
}

// Splits at separators outside parentheses. Bytes that neither open or close
// a parenthesis nor start a separator are skipped by a table look-up.
std::vector<std::string_view> split_top_level(std::string_view s, std::initializer_list<std::string_view> separators) {
    std::array<bool, 256> stops{};
    stops['('] = stops[')'] = true;
    for (auto sep : separators) stops[static_cast<unsigned char>(sep[0])] = true;
    std::vector<std::string_view> parts;
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
                if (s[i] == sep[0] && s.substr(i).starts_with(sep)) {
                    parts.push_back(s.substr(start, i - start));
                    i += sep.size();
                    start = i;
                    split = true;
                    break;
                }
            }
        }
        if (!split) ++i;
    }
    parts.push_back(s.substr(start));
    return parts;
}

// "Kostic ´" -> "Kostic": a spacing accent the PDF printed apart from its letter.
std::string clean_name(std::string_view name) {
    std::string out = clean_inline(name);
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
std::string drop_absence_clause(std::string text) {
    const auto start = text.find(", bij afwezigheid");
    if (start == std::string::npos) return text;
    const auto comma = text.find(',', start + 2);
    text.erase(start, comma == std::string::npos ? std::string::npos : comma - start);
    return text;
}

std::size_t find_members_start(std::string_view sentence) {
    std::size_t best = std::string_view::npos;
    std::size_t skip = 0;
    for (std::string_view word : {" lid ", " leden "}) {
        const auto pos = sentence.find(word);
        if (pos != std::string_view::npos && pos < best) {
            best = pos;
            skip = word.size();
        }
    }
    return best == std::string_view::npos ? best : best + skip;
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
    for (auto item : split_top_level(list, {",", " en "})) {
        item = trim(item);
        if (item.empty()) continue;
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
    }
    return members;
}

std::vector<std::string> parse_addressees(std::string_view text) {
    const std::string unglued = drop_absence_clause(unglue_words(clean_inline(text)));
    std::vector<std::string> out;
    for (auto part : split_top_level(unglued, {" en de ", ", de ", " en het "})) add_addressee(part, out);
    return out;
}

std::vector<std::string> parse_answered_by(std::string_view text) {
    std::string cleaned = clean_inline(text);
    if (const auto mede = cleaned.find(" mede namens"); mede != std::string::npos) cleaned.erase(mede);
    for (auto pos = cleaned.find(" - "); pos != std::string::npos; pos = cleaned.find(" - ", pos)) cleaned.replace(pos, 3, "-");
    std::vector<std::string> out;
    for (auto part : split_top_level(cleaned, {", van ", " en van "})) {
        std::string entry = capitalized(trim_punct(strip_prefix(trim(part), "de ")));
        if (entry.empty()) continue;
        const auto opens = std::count(entry.begin(), entry.end(), '(');
        const auto closes = std::count(entry.begin(), entry.end(), ')');
        if (opens > closes) entry.push_back(')');
        out.push_back(std::move(entry));
    }
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
    const auto aan = rest.find(" aan ");
    header.members = parse_members(rest.substr(0, aan == std::string_view::npos ? rest.find(" over ") : aan));
    if (aan == std::string_view::npos) return header;

    rest = rest.substr(aan + 5);
    const auto over = rest.find(" over ");
    header.addressees = parse_addressees(rest.substr(0, over));
    if (over != std::string_view::npos) header.subject = std::string(trim_punct(rest.substr(over + 6)));
    header.subject = clean_inline(header.subject);
    return header;
}

}  // namespace riskgraph
