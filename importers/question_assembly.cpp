#include "importers/question_assembly.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "importers/footnotes.h"
#include "importers/text_cleanup.h"

namespace riskgraph {
namespace {

enum class Target { none, question, answer, notice };

// The question numbers one question covers: its heading's list, or one number.
struct Covered {
    const std::vector<int>* list = nullptr;  // points into Document::headings
    int single = 0;

    bool contains(int n) const {
        return list ? std::find(list->begin(), list->end(), n) != list->end() : n == single;
    }
};

// Walks the lines once, sending body text to the current target.
class Assembler {
public:
    Assembler(const kv::Document& doc, const AssemblyOptions& options, ParsedDocument& out)
        : doc_(doc), options_(options), out_(out), owner_(doc.lines.size(), -1) {}

    void run();

private:
    void on_question_heading(const kv::Heading& heading, std::string_view line);
    void on_answer_heading(const kv::Heading& heading);
    void on_body(std::size_t i);
    void on_blank();
    // `covered`: the heading's numbers, or null for the ordinal / `single`.
    void start_question(std::string_view number, const std::vector<int>* covered, int single = 0);
    void flush();
    void attach_sources();

    const kv::Document& doc_;
    const AssemblyOptions& options_;
    ParsedDocument& out_;
    std::vector<Covered> covered_;            // question numbers each question covers
    std::vector<int> owner_;                  // question index per line, or current question
    std::vector<std::size_t> targets_;        // questions receiving the current answer
    Target target_ = Target::none;
    TextJoiner joiner_;
    std::string notice_;
};

void append_text(std::string& field, std::string&& text) {
    if (text.empty()) return;
    if (field.empty()) {
        field = std::move(text);
        return;
    }
    field.push_back(' ');
    field += text;
}

void Assembler::flush() {
    if (joiner_.empty()) return;
    std::string text = joiner_.take();
    joiner_ = TextJoiner();
    switch (target_) {
        case Target::question:
            append_text(out_.questions.back().text, std::move(text));
            break;
        case Target::answer:
            if (targets_.size() == 1) {
                append_text(out_.questions[targets_.front()].answer, std::move(text));
            } else {
                for (auto q : targets_) append_text(out_.questions[q].answer, std::string(text));
            }
            break;
        case Target::notice:
            append_text(out_.notice, std::move(text));
            break;
        case Target::none:
            break;
    }
}

void Assembler::start_question(std::string_view number, const std::vector<int>* covered, int single) {
    flush();
    const int ordinal = static_cast<int>(out_.questions.size() + 1);
    if (covered && covered->empty()) covered = nullptr;
    if (!covered && single == 0) single = ordinal;
    Question& question = out_.questions.emplace_back();
    if (number.empty()) {
        question.number = std::to_string(ordinal);
    } else {
        question.number.assign(number);
    }
    covered_.push_back(Covered{covered, single});
    target_ = Target::question;
}

void Assembler::on_question_heading(const kv::Heading& heading, std::string_view line) {
    start_question(heading.number, &heading.numbers);
    if (heading.rest != std::string_view::npos && heading.rest < line.size()) joiner_.add_line(line.substr(heading.rest));
}

// "Antwoord 2 t/m 6" goes to the question(s) it names; a bare "Antwoord" to
// the last question; an answer to a question the text lost creates it.
void Assembler::on_answer_heading(const kv::Heading& heading) {
    flush();
    targets_.clear();
    for (std::size_t q = 0; q < covered_.size() && !heading.numbers.empty(); ++q) {
        const bool match = std::any_of(heading.numbers.begin(), heading.numbers.end(),
                                       [&](int n) { return covered_[q].contains(n); });
        if (match) targets_.push_back(q);
    }
    if (targets_.empty() && (!heading.numbers.empty() || out_.questions.empty())) {
        start_question(heading.number, &heading.numbers);
    }
    if (targets_.empty()) targets_.push_back(out_.questions.size() - 1);
    target_ = Target::answer;
}

void Assembler::on_body(std::size_t i) {
    if (target_ == Target::none && options_.layout == BodyLayout::paragraphs) start_question({}, nullptr);
    if (target_ == Target::none) return;
    joiner_.add_line(strip_markdown_marks(doc_.text(i)));
    owner_[i] = target_ == Target::notice ? -1 : static_cast<int>(target_ == Target::answer ? targets_.front() : out_.questions.size() - 1);
}

void Assembler::on_blank() {
    if (options_.layout == BodyLayout::paragraphs && target_ == Target::question) {
        flush();
        target_ = Target::none;
    } else if (options_.answers_after_blank && target_ == Target::question && !joiner_.empty()) {
        flush();
        targets_ = {out_.questions.size() - 1};
        target_ = Target::answer;
    }
}

void Assembler::run() {
    // Every question but a paragraph-layout one starts at a heading.
    out_.questions.reserve(doc_.headings.size() + 1);
    covered_.reserve(doc_.headings.size() + 1);
    if (options_.layout == BodyLayout::single) start_question("1", nullptr, 1);
    if (options_.layout == BodyLayout::notice) target_ = Target::notice;
    const std::size_t count = doc_.lines.size();
    for (std::size_t i = options_.body_start; i < count; ++i) {
        const kv::Line& line = doc_.lines[i];
        switch (line.role) {
            case kv::Role::question_heading:
                on_question_heading(doc_.headings[static_cast<std::size_t>(line.heading)], doc_.text(i));
                break;
            case kv::Role::answer_heading:
                on_answer_heading(doc_.headings[static_cast<std::size_t>(line.heading)]);
                break;
            case kv::Role::notice_heading:
                flush();
                target_ = Target::notice;
                break;
            case kv::Role::body:
                on_body(i);
                break;
            case kv::Role::blank:
                on_blank();
                break;
            default:
                break;
        }
        if (owner_[i] < 0 && !out_.questions.empty() && target_ != Target::notice) {
            owner_[i] = static_cast<int>(out_.questions.size() - 1);
        }
    }
    flush();
    attach_sources();
}

void add_source(Question& question, std::string url, int footnote) {
    for (const auto& s : question.sources) {
        if (s.url == url) return;
    }
    question.sources.push_back(Source{std::move(url), footnote});
}

// Footnote addresses go to the question whose text (or answer) cites the
// footnote; addresses printed in the text itself are sources too.
void Assembler::attach_sources() {
    if (out_.questions.empty()) return;
    for (const auto& note : doc_.footnotes) {
        const std::size_t line = note.marker_line >= 0 ? static_cast<std::size_t>(note.marker_line) : note.first_line;
        const int q = owner_[line];
        if (q < 0) continue;
        for (auto& url : extract_urls(note.text)) add_source(out_.questions[static_cast<std::size_t>(q)], std::move(url), note.number);
    }
    for (auto& question : out_.questions) {
        for (auto& url : extract_urls(question.text)) add_source(question, std::move(url), 0);
        for (auto& url : extract_urls(question.answer)) add_source(question, std::move(url), 0);
    }
}

}  // namespace

void assemble_questions(const kv::Document& doc, const AssemblyOptions& options, ParsedDocument& out) {
    Assembler(doc, options, out).run();
}

}  // namespace riskgraph
