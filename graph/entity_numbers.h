// Dense numbers for the entity ids seen in one import, so per-mention work
// indexes vectors instead of hashing id strings. The lexicon's entities are
// numbered first, in lexicon order, which is what Mention::entity_number
// holds; other ids (read back from stored documents) get the next numbers.
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <unordered_map>
#include <vector>

#include "graph/model.h"

namespace riskgraph {

class EntityNumbers {
public:
    // Numbers entities[i].id as i. Only before any other number is given.
    void preset(const std::vector<Entity>& entities) {
        if (!ids_.empty()) throw std::logic_error("EntityNumbers::preset after numbers were given");
        for (const Entity& entity : entities) number(entity.id);
        preset_ = ids_.size();
    }

    std::uint32_t number(const std::string& entity_id) {
        auto [it, inserted] = numbers_.emplace(entity_id, static_cast<std::uint32_t>(ids_.size()));
        if (inserted) ids_.push_back(entity_id);
        return it->second;
    }
    // A mention's number: the lexicon number it carries, or its id's.
    std::uint32_t number(const Mention& mention) {
        return mention.entity_number < preset_ ? mention.entity_number : number(mention.entity_id);
    }

    const std::string& id(std::uint32_t number) const { return ids_[number]; }
    std::size_t size() const { return ids_.size(); }

private:
    std::unordered_map<std::string, std::uint32_t> numbers_;
    std::vector<std::string> ids_;
    std::uint32_t preset_ = 0;
};

}  // namespace riskgraph
