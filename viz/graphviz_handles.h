// Move-only RAII owners for the Graphviz C handles the renderer uses, and a
// scope guard that captures Graphviz's error/warning output.
//
// PRIVATE to viz/: this header includes the Graphviz headers, so include it
// only from viz/*.cpp, never from a public header.
#pragma once

#include <cgraph.h>
#include <gvc.h>

#include <string>
#include <utility>

namespace riskgraph::viz_detail {

// A GVC_t* from gvContext(); gvFreeContext() on destruction. gvContext()
// loads the layout and render plugins named in the installed plugin config.
class GvcContext {
public:
    GvcContext() : gvc_(gvContext()) {}
    ~GvcContext() { reset(); }
    GvcContext(GvcContext&& other) noexcept : gvc_(std::exchange(other.gvc_, nullptr)) {}
    GvcContext& operator=(GvcContext&& other) noexcept {
        if (this != &other) {
            reset();
            gvc_ = std::exchange(other.gvc_, nullptr);
        }
        return *this;
    }
    GvcContext(const GvcContext&) = delete;
    GvcContext& operator=(const GvcContext&) = delete;

    GVC_t* get() const { return gvc_; }
    explicit operator bool() const { return gvc_ != nullptr; }

private:
    void reset() {
        if (gvc_ != nullptr) gvFreeContext(std::exchange(gvc_, nullptr));
    }
    GVC_t* gvc_;
};

// A root graph from agopen()/agmemread(); agclose() on destruction.
class Graph {
public:
    explicit Graph(Agraph_t* graph = nullptr) : graph_(graph) {}
    ~Graph() { reset(); }
    Graph(Graph&& other) noexcept : graph_(std::exchange(other.graph_, nullptr)) {}
    Graph& operator=(Graph&& other) noexcept {
        if (this != &other) {
            reset();
            graph_ = std::exchange(other.graph_, nullptr);
        }
        return *this;
    }
    Graph(const Graph&) = delete;
    Graph& operator=(const Graph&) = delete;

    Agraph_t* get() const { return graph_; }
    explicit operator bool() const { return graph_ != nullptr; }

private:
    void reset() {
        if (graph_ != nullptr) agclose(std::exchange(graph_, nullptr));
    }
    Agraph_t* graph_;
};

// The layout gvLayout() attached to a graph; gvFreeLayout() on destruction.
// Construct it only after gvLayout() returned 0, and destroy it before the
// Graph and the GvcContext it refers to (declare it after them).
class Layout {
public:
    Layout() = default;
    Layout(GVC_t* gvc, Agraph_t* graph) : gvc_(gvc), graph_(graph) {}
    ~Layout() { reset(); }
    Layout(Layout&& other) noexcept
        : gvc_(std::exchange(other.gvc_, nullptr)), graph_(std::exchange(other.graph_, nullptr)) {}
    Layout& operator=(Layout&& other) noexcept {
        if (this != &other) {
            reset();
            gvc_ = std::exchange(other.gvc_, nullptr);
            graph_ = std::exchange(other.graph_, nullptr);
        }
        return *this;
    }
    Layout(const Layout&) = delete;
    Layout& operator=(const Layout&) = delete;

private:
    void reset() {
        if (gvc_ != nullptr && graph_ != nullptr) gvFreeLayout(gvc_, graph_);
        gvc_ = nullptr;
        graph_ = nullptr;
    }
    GVC_t* gvc_ = nullptr;
    Agraph_t* graph_ = nullptr;
};

// The buffer gvRenderData() allocates; gvFreeRenderData() on destruction.
// Pass out_data()/out_length() to gvRenderData().
class RenderBuffer {
public:
    RenderBuffer() = default;
    ~RenderBuffer() { reset(); }
    RenderBuffer(RenderBuffer&& other) noexcept
        : data_(std::exchange(other.data_, nullptr)), length_(std::exchange(other.length_, 0)) {}
    RenderBuffer& operator=(RenderBuffer&& other) noexcept {
        if (this != &other) {
            reset();
            data_ = std::exchange(other.data_, nullptr);
            length_ = std::exchange(other.length_, 0);
        }
        return *this;
    }
    RenderBuffer(const RenderBuffer&) = delete;
    RenderBuffer& operator=(const RenderBuffer&) = delete;

    char** out_data() {
        reset();
        return &data_;
    }
    unsigned int* out_length() { return &length_; }
    std::string str() const { return data_ == nullptr ? std::string() : std::string(data_, length_); }

private:
    void reset() {
        if (data_ != nullptr) gvFreeRenderData(std::exchange(data_, nullptr));
        length_ = 0;
    }
    char* data_ = nullptr;
    unsigned int length_ = 0;
};

// While alive, Graphviz messages (cgraph's agerr, which layout and render
// plugins also use) go into messages() instead of stderr, and errors()
// reports whether one of them was an error rather than a warning. The
// previous handler and level are restored on destruction. Graphviz keeps this
// state in globals, so only one capture may be active at a time (the renderer
// is not thread-safe, which the project does not need).
class MessageCapture {
public:
    MessageCapture() : previous_handler_(agseterrf(&collect)), previous_level_(agseterr(AGWARN)) {
        previous_sink_ = std::exchange(sink_, &messages_);
        agreseterrors();
    }
    ~MessageCapture() {
        agseterr(previous_level_);
        agseterrf(previous_handler_);
        sink_ = previous_sink_;
    }
    MessageCapture(const MessageCapture&) = delete;
    MessageCapture& operator=(const MessageCapture&) = delete;

    // Everything reported so far, "Warning: ..." / "Error: ..." lines.
    const std::string& messages() const { return messages_; }
    // True when an error (not just a warning) was reported since the last reset().
    bool has_error() const { return agerrors() >= AGERR; }
    void reset() {
        messages_.clear();
        agreseterrors();
    }

private:
    // Called from C, so nothing may escape; a message lost to bad_alloc is
    // acceptable (errors are also detected through agerrors()).
    static int collect(char* text) noexcept {
        try {
            if (sink_ != nullptr && text != nullptr) sink_->append(text);
        } catch (...) {
        }
        return 0;
    }
    inline static std::string* sink_ = nullptr;

    std::string messages_;
    std::string* previous_sink_ = nullptr;
    agusererrf previous_handler_;
    agerrlevel_t previous_level_;
};

}  // namespace riskgraph::viz_detail
