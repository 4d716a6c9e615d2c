#include <CLI/CLI.hpp>
#include <rapidjson/ostreamwrapper.h>
#include <rapidjson/prettywriter.h>

#include <iostream>
#include <memory>

#include "cli/co_mention_options.h"
#include "cli/commands.h"
#include "cli/table.h"
#include "graph/errors.h"

namespace riskgraph::cli {
namespace {

struct QueryArguments {
    CoMentionArguments co_mentions;
    std::string format = "table";
};

// At most `limit` items, then how many more the pair has (`total`).
std::string evidence_text(const CoMentionPair& pair, std::size_t limit, std::size_t total) {
    std::string text;
    std::size_t shown = std::min(limit, pair.evidence.size());
    for (std::size_t i = 0; i < shown; ++i) {
        const Evidence& e = pair.evidence[i];
        if (i) text += "; ";
        text += e.official_id.empty() ? std::filesystem::path(e.file).filename().string() : e.official_id;
        if (!e.question.empty()) text += " q" + e.question;
    }
    if (total > shown) text += "; +" + std::to_string(total - shown) + " more";
    return text;
}

std::string fixed(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f", value);
    return buffer;
}

void write_entity(rapidjson::PrettyWriter<rapidjson::OStreamWrapper>& w, const EntityRef& ref) {
    w.StartObject();
    w.Key("id");
    w.String(ref.id.c_str());
    w.Key("name");
    w.String(ref.name.c_str());
    w.Key("kind");
    w.String(std::string(to_string(ref.kind)).c_str());
    w.EndObject();
}

void print_json(std::ostream& out, const CoMentionQuery& query, const std::vector<CoMentionPair>& pairs) {
    rapidjson::OStreamWrapper stream(out);
    rapidjson::PrettyWriter<rapidjson::OStreamWrapper> w(stream);
    w.StartObject();
    w.Key("query");
    w.String("co-mentions");
    w.Key("kind");
    w.String(std::string(to_string(query.kind)).c_str());
    w.Key("with");
    w.String(std::string(to_string(query.with)).c_str());
    w.Key("scope");
    w.String(query.scope == CoMentionScope::question ? "question" : "document");
    w.Key("pairs");
    w.StartArray();
    for (const CoMentionPair& pair : pairs) {
        w.StartObject();
        w.Key("entity");
        write_entity(w, pair.a);
        w.Key("with");
        write_entity(w, pair.b);
        w.Key("questions");
        w.Int(pair.questions);
        w.Key("documents");
        w.Int(pair.documents);
        w.Key("jaccard");
        w.Double(pair.jaccard);
        w.Key("npmi");
        w.Double(pair.npmi);
        w.Key("evidence");
        w.StartArray();
        for (const Evidence& e : pair.evidence) {
            w.StartObject();
            w.Key("document_id");
            w.Int64(e.document_id);
            w.Key("file");
            w.String(e.file.c_str());
            w.Key("official_id");
            if (e.official_id.empty()) w.Null(); else w.String(e.official_id.c_str());
            w.Key("question");
            if (e.question.empty()) w.Null(); else w.String(e.question.c_str());
            w.EndObject();
        }
        w.EndArray();
        w.EndObject();
    }
    w.EndArray();
    w.EndObject();
    out << '\n';
}

int run_co_mentions(const GlobalOptions& global, const QueryArguments& args) {
    CoMentionQuery query = to_query(args.co_mentions);
    Store store(database_path(global), Store::Access::read_only);
    auto pairs = co_mentions(store.db(), query);

    if (args.format == "json") {
        print_json(std::cout, query, pairs);
    } else {
        Row header{std::string(to_string(query.kind)), std::string(to_string(query.with)), "questions",
                   "documents", "jaccard", "npmi", "evidence"};
        std::vector<Row> rows;
        for (const CoMentionPair& pair : pairs)
            rows.push_back({pair.a.name, pair.b.name, std::to_string(pair.questions),
                            std::to_string(pair.documents), fixed(pair.jaccard), fixed(pair.npmi),
                            evidence_text(pair, args.format == "csv" ? pair.evidence.size() : 3,
                                          static_cast<std::size_t>(query.scope == CoMentionScope::question
                                                                       ? pair.questions
                                                                       : pair.documents))});
        if (args.format == "csv")
            print_csv(std::cout, header, rows);
        else if (rows.empty())
            std::cerr << "no pairs found\n";
        else
            print_table(std::cout, header, rows);
    }
    return pairs.empty() ? kExitNoResults : kExitOk;
}

}  // namespace

void add_query_command(CLI::App& app, const GlobalOptions& global, Action& run) {
    auto* query = app.add_subcommand("query", "Ask the graph a question");
    query->require_subcommand(1);
    auto args = std::make_shared<QueryArguments>();
    auto* cmd = query->add_subcommand("co-mentions", "Pairs of entities named in the same question or document");
    add_co_mention_options(*cmd, args->co_mentions);
    cmd->add_option("--format", args->format, "table, json or csv (default table)")
        ->check(CLI::IsMember({"table", "json", "csv"}));
    cmd->callback([&global, &run, args] { run = [&global, args] { return run_co_mentions(global, *args); }; });
}

}  // namespace riskgraph::cli
