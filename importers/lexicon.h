// The lexicon: the entities riskgraph looks for, loaded from JSON files
// (docs/lexicon.md). The bundled data/lexicon.json is used unless the user
// says --no-default-lexicon; files given with --lexicon add to it.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/model.h"

namespace riskgraph {

class Lexicon {
public:
    // Adds the entities of one JSON file. An entity whose id is already known
    // is extended: its aliases are added and the later name, kind and ids win.
    // Throws InputError naming the file and the place of the fault.
    void add_file(const std::filesystem::path& path);
    void add_json(std::string_view json, const std::string& file_name);
    void add(Entity entity);

    const std::vector<Entity>& entities() const { return entities_; }
    const Entity* find(std::string_view id) const;
    bool empty() const { return entities_.empty(); }

    // A fingerprint of everything that affects matching: a document imported
    // with another lexicon is matched again on re-import.
    std::string fingerprint() const;

    // The bundled lexicon: $RISKGRAPH_DATA_DIR/lexicon.json, else the data/
    // folder of the source tree this binary was built from.
    static std::filesystem::path default_path();

private:
    std::vector<Entity> entities_;
    std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace riskgraph
