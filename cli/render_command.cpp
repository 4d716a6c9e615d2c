#include <CLI/CLI.hpp>

#include <iostream>
#include <memory>

#include "cli/co_mention_options.h"
#include "cli/commands.h"
#include "graph/errors.h"
#include "viz/render.h"

namespace riskgraph::cli {
namespace {

struct RenderArguments {
    CoMentionArguments co_mentions;
    std::filesystem::path output;
    std::string format;  // empty: from the output file's extension
};

ImageFormat output_format(const RenderArguments& args) {
    if (!args.format.empty()) {
        if (auto format = image_format_from_string(args.format)) return *format;
        throw UsageError("--format \"" + args.format + "\": expected svg, png, pdf or dot");
    }
    if (auto format = image_format_from_path(args.output)) return *format;
    throw UsageError(args.output.string() + ": cannot tell the format from the extension; use .svg, .png, .pdf or .dot, or --format");
}

int run_render_co_mentions(const GlobalOptions& global, const RenderArguments& args) {
    ImageFormat format = output_format(args);
    CoMentionQuery query = to_query(args.co_mentions);
    Store store(database_path(global), Store::Access::read_only);
    auto pairs = co_mentions(store.db(), query);
    render_graph(co_mentions_graph(pairs, query), args.output, format);
    if (!global.quiet)
        std::cerr << "wrote " << args.output.string() << " (" << pairs.size() << " pairs)\n";
    return pairs.empty() ? kExitNoResults : kExitOk;
}

}  // namespace

void add_render_command(CLI::App& app, const GlobalOptions& global, Action& run) {
    auto* render = app.add_subcommand("render", "Draw a query's answer as a diagram (SVG, PNG, PDF or DOT)");
    render->require_subcommand(1);
    auto args = std::make_shared<RenderArguments>();
    auto* cmd = render->add_subcommand("co-mentions", "Draw the co-mention pairs as a two-column graph");
    add_co_mention_options(*cmd, args->co_mentions);
    cmd->add_option("-o,--output", args->output, "output file (.svg, .png, .pdf or .dot)")->required();
    cmd->add_option("--format", args->format, "svg, png, pdf or dot (default: from the file name)");
    cmd->callback([&global, &run, args] { run = [&global, args] { return run_render_co_mentions(global, *args); }; });
}

}  // namespace riskgraph::cli
