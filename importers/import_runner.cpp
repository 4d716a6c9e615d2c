#include "importers/import_runner.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>
#include <unordered_map>

#include "graph/early_writeback.h"
#include "graph/pragma_guard.h"
#include "graph/store_writer.h"
#include "graph/errors.h"
#include "importers/hashing.h"
#include "importers/kamervragen_parser.h"
#include "importers/utf8_check.h"

namespace riskgraph {
namespace fs = std::filesystem;
namespace {

// One open, fstat and read per file: with 100,000 small files the system
// calls cost more than reading the bytes. The open also tells whether the
// path is a symbolic link (O_NOFOLLOW fails on one), which DocumentKeys needs.
// The bytes go into `buffer`, which only grows: no allocation and no zeroing
// per file. Returns them.
std::string_view read_file(const std::string& path, std::uintmax_t limit, bool& is_link, std::vector<char>& buffer) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    is_link = fd < 0 && errno == ELOOP;
    if (is_link) fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) throw InputError(path, 0, std::string("cannot open for reading: ") + std::strerror(errno));
    struct Closer {
        int fd;
        ~Closer() { ::close(fd); }
    } closer{fd};
    struct stat info {};
    if (::fstat(fd, &info) != 0) throw InputError(path, 0, std::string("cannot read: ") + std::strerror(errno));
    if (S_ISDIR(info.st_mode)) throw InputError(path, 0, "is a folder, not a file");
    auto size = static_cast<std::uintmax_t>(info.st_size);
    if (size > limit)
        throw InputError(path, 0, "file is " + std::to_string(size) + " bytes, over the " + std::to_string(limit) +
                                      "-byte limit for one document");
    if (buffer.size() < size) buffer.resize(static_cast<std::size_t>(size));
    const std::string_view bytes(buffer.data(), static_cast<std::size_t>(size));
    std::size_t done = 0;
    while (done < bytes.size()) {
        ssize_t n = ::read(fd, buffer.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) throw InputError(path, 0, std::string("cannot read: ") + std::strerror(errno));
        if (n == 0) throw InputError(path, 0, "could not read the whole file (it shrank while being read)");
        done += static_cast<std::size_t>(n);
    }
    return bytes;
}

// A document is known by its absolute path, so "docs/a.txt" and
// "./docs/a.txt" are one document. Resolving every file's path costs a
// system call per path component, so each worker resolves a folder once and
// only a file that is itself a symbolic link on its own.
class DocumentKeys {
public:
    std::string key(const std::string& file, bool is_link) {
        const auto slash = file.rfind('/');
        if (is_link || slash == std::string::npos) return resolved(file);
        auto [it, inserted] = folders_.try_emplace(file.substr(0, slash == 0 ? 1 : slash));
        if (inserted) it->second = resolved(it->first);
        std::string key = it->second;
        if (key.empty() || key.back() != '/') key += '/';
        key.append(file, slash + 1);
        return key;
    }

private:
    static std::string resolved(const fs::path& path) {
        std::error_code error;
        fs::path absolute = fs::weakly_canonical(path, error);
        return error ? path.string() : absolute.string();
    }
    std::unordered_map<std::string, std::string> folders_;
};

// What a worker hands the writer for one file.
struct FileResult {
    enum class State { pending, unchanged, parsed, failed } state = State::pending;
    std::uintmax_t bytes = 0;
    std::string content_hash;
    ParsedDocument document;
    std::vector<Mention> mentions;
    MentionsJson mentions_json;
    std::string error;            // the message, for --keep-going reports
    std::exception_ptr exception;  // rethrown as it was without --keep-going
    unsigned worker = 0;           // who allocated it, and so frees it (see garbage below);
                                   // the worker count for the writer
};

// Reads, checks, parses and matches one file: the work of a worker, which
// the writer also takes on while it waits. One per thread (scratch state).
class FileProcessor {
public:
    FileProcessor(const Lexicon& lexicon, const Matcher& matcher, const ImportOptions& options,
                  const std::unordered_map<std::string, std::string>& stored_hash)
        : lexicon_(lexicon), matcher_(matcher), options_(options), stored_hash_(stored_hash) {}

    FileResult process(const std::string& file) {
        FileResult result;
        try {
            bool is_link = false;
            const std::string_view bytes = read_file(file, options_.max_file_bytes, is_link, read_buffer_);
            result.bytes = bytes.size();
            result.content_hash = hex64(content_hash64(bytes));
            const std::string key = keys_.key(file, is_link);
            auto known = stored_hash_.find(key);
            if (known != stored_hash_.end() && known->second == result.content_hash) {
                result.state = FileResult::State::unchanged;
            } else {
                check_text(bytes, file);
                result.document = parse_kamervragen(bytes, file);
                result.document.file = key;
                result.mentions = find_mentions(result.document, lexicon_, matcher_, scratch_);
                result.mentions_json = mentions_json_by_text(result.mentions, result.document.questions.size());
                result.state = FileResult::State::parsed;
            }
        } catch (const Error& e) {
            result.state = FileResult::State::failed;
            result.error = e.what();
            result.exception = std::current_exception();
        } catch (const std::exception& e) {
            result.state = FileResult::State::failed;
            result.error = file + ": " + e.what();
            result.exception = std::make_exception_ptr(InputError(file, 0, e.what()));
        }
        return result;
    }

private:
    const Lexicon& lexicon_;
    const Matcher& matcher_;
    const ImportOptions& options_;
    const std::unordered_map<std::string, std::string>& stored_hash_;
    Matcher::Scratch scratch_;
    DocumentKeys keys_;
    std::vector<char> read_buffer_;
};

}  // namespace

unsigned default_worker_count() {
    // The writer needs a core of its own: with one worker per core the
    // scheduler shares the cores three ways and the writer, on which the
    // whole run waits, gets two thirds of one (measured on 2 cores at
    // 100,000 documents: 5.4-5.7 s with two workers, 4.8-5.0 s with one).
    unsigned cores = std::thread::hardware_concurrency();
    return cores > 1 ? cores - 1 : 1;
}

std::vector<Mention> find_mentions(const ParsedDocument& document, const Lexicon& lexicon,
                                   const Matcher& matcher, Matcher::Scratch& scratch) {
    // The subject, then each question's text and answer: the order of the mentions.
    auto& texts = scratch.texts;
    texts.assign(1, document.subject);
    for (const Question& question : document.questions) {
        texts.push_back(question.text);
        texts.push_back(question.answer);
    }
    auto& matches = scratch.found;
    matcher.find_each(texts, scratch, matches);
    std::size_t count = 0;
    for (const auto& found : matches) count += found.size();
    std::vector<Mention> mentions;
    mentions.reserve(count);
    for (std::size_t t = 0; t < texts.size(); ++t) {
        // Text t > 0 is question (t - 1) / 2's text (t odd) or answer (t even).
        const TextField field = t == 0 ? TextField::subject : t % 2 ? TextField::question : TextField::answer;
        const int question = static_cast<int>(t + 1) / 2 - 1;
        for (const TextMatch& m : matches[t])
            mentions.push_back(Mention{lexicon.entities()[m.entity].id, field, question, m.start, m.end,
                                       std::string(texts[t].substr(m.start_byte, m.end_byte - m.start_byte)),
                                       static_cast<std::uint32_t>(m.entity)});
    }
    return mentions;
}

ImportRunner::ImportRunner(Store& store, const Lexicon& lexicon, const Matcher& matcher)
    : store_(store), lexicon_(lexicon), matcher_(matcher) {}

ImportReport ImportRunner::run(const std::vector<std::string>& files, const ImportOptions& options,
                               const std::function<void(const ImportProgress&)>& progress) {
    ImportReport report;
    sql::Database& db = store_.db();
    // Foreign-key checks cost look-ups per row; the writer keeps the
    // references right itself and deletes replaced documents table by table.
    PragmaGuard foreign_keys_off(db, "PRAGMA foreign_keys = OFF", "PRAGMA foreign_keys = ON");
    sql::Transaction transaction(db);
    StoreWriter writer(db);
    writer.upsert_entities(lexicon_.entities());
    writer.number_entities(lexicon_.entities());  // find_mentions() numbers them so
    const std::string lexicon_hash = lexicon_.fingerprint();

    // Documents already stored, so workers can skip unchanged files unparsed.
    // (Read-only while the workers run.)
    std::unordered_map<std::string, std::string> stored_hash;
    {
        auto stmt = db.prepare("SELECT file, content_hash FROM documents WHERE lexicon_hash = ?");
        stmt.bind(1, lexicon_hash);
        while (stmt.step()) stored_hash.emplace(stmt.column_text(0), stmt.column_text(1));
    }

    // Workers fill a window of slots ahead of the writer; the writer consumes
    // them in file order so ids and results do not depend on thread timing.
    // The window lets workers parse on through the writer's pauses (writing
    // pages out, other programs on its core). At 100,000 documents a worker
    // waited for room 122-152 ms in all with 64 slots and 52-58 ms with 512
    // on an idle machine; 1.7-4.2 s and 0.10-0.17 s on a busy one. 512 slots
    // cost 4-6 MB more memory.
    constexpr std::size_t kWindow = 512;
    std::vector<FileResult> slots(kWindow);
    std::mutex mutex;
    std::condition_variable slot_filled, slot_freed;
    std::size_t next_to_write = 0;
    std::atomic<std::size_t> next_to_take{0};
    std::atomic<bool> stop{false};
    unsigned thread_count = options.threads ? options.threads : default_worker_count();
    // Written results go back to the worker that built them to be freed: a
    // glibc free() of another thread's memory locks that thread's arena.
    std::vector<std::vector<FileResult>> garbage(thread_count);

    auto work = [&](unsigned worker) {
        FileProcessor processor(lexicon_, matcher_, options, stored_hash);
        std::vector<FileResult> to_free;
        for (;;) {
            std::size_t i = next_to_take.fetch_add(1);
            if (i >= files.size() || stop) return;
            {
                std::unique_lock lock(mutex);
                slot_freed.wait(lock, [&] { return i < next_to_write + kWindow || stop; });
                if (stop) return;
                to_free.swap(garbage[worker]);
            }
            to_free.clear();
            FileResult result = processor.process(files[i]);
            result.worker = worker;
            std::lock_guard lock(mutex);
            slots[i % kWindow] = std::move(result);
            slot_filled.notify_all();
        }
    };
    std::vector<std::thread> workers;
    for (unsigned t = 0; t < thread_count; ++t) workers.emplace_back(work, t);
    auto stop_workers = [&] {
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        slot_freed.notify_all();
        for (std::thread& worker : workers) worker.join();
        workers.clear();
    };

    FileProcessor writer_processor(lexicon_, matcher_, options, stored_hash);
    // Pages SQLite spills while the import runs start going to disk at once,
    // not all at the commit.
    EarlyWriteback writeback(store_.path());
    constexpr std::uintmax_t kWritebackEvery = 16 << 20;  // bytes of input
    constexpr std::size_t kLastFiles = 2048;
    std::uintmax_t writeback_at = kWritebackEvery;
    std::exception_ptr failure;
    try {
        for (std::size_t i = 0; i < files.size(); ++i) {
            FileResult result;
            {
                std::unique_lock lock(mutex);
                while (slots[i % kWindow].state == FileResult::State::pending) {
                    // Rather than wait, take on the next file nobody has
                    // taken, if it falls in the window: its slot is free, as
                    // the file that used it last (j - kWindow) came before i.
                    std::size_t j = next_to_take.load();
                    if (j < files.size() && j < i + kWindow && next_to_take.compare_exchange_strong(j, j + 1)) {
                        lock.unlock();
                        FileResult helped = writer_processor.process(files[j]);
                        helped.worker = thread_count;  // freed here, by the writer
                        lock.lock();
                        slots[j % kWindow] = std::move(helped);
                    } else {
                        slot_filled.wait(lock);
                    }
                }
                result = std::move(slots[i % kWindow]);
                slots[i % kWindow] = FileResult{};
                next_to_write = i + 1;
            }
            slot_freed.notify_all();
            report.bytes += result.bytes;
            switch (result.state) {
            case FileResult::State::unchanged:
                ++report.unchanged;
                break;
            case FileResult::State::failed:
                if (!options.keep_going) std::rethrow_exception(result.exception);
                report.failures.push_back(result.error);
                break;
            case FileResult::State::parsed: {
                // No savepoint per file: every fault of a file is found by the
                // workers before it reaches the writer, and a fault while
                // writing (disk full) rolls back the whole run. (A savepoint
                // would copy every page it touches to a statement journal.)
                auto written = writer.put(result.document, result.content_hash, lexicon_hash, result.mentions,
                                          result.mentions_json);
                if (written.unchanged) {  // the same file, named a second time in this run
                    ++report.unchanged;
                    break;
                }
                ++(written.replaced ? report.replaced : report.added);
                report.questions += result.document.questions.size();
                report.mentions += result.mentions.size();
                break;
            }
            case FileResult::State::pending:
                break;
            }
            if (report.bytes >= writeback_at) {
                writeback.start();
                writeback_at = report.bytes + kWritebackEvery;
            }
            if (files.size() - i - 1 == kLastFiles && i > kLastFiles) {
                // The pages changed so far go to disk while the workers
                // still parse the last files: the commit, with every other
                // core idle, then writes and waits for fewer.
                db.write_cached_pages();
                writeback.start();
            }
            if (progress) progress(ImportProgress{i + 1, files.size(), report.bytes});
            if (result.worker < thread_count) {
                std::lock_guard lock(mutex);
                garbage[result.worker].push_back(std::move(result));
            }
        }
    } catch (...) {
        failure = std::current_exception();
    }
    stop_workers();
    if (failure) std::rethrow_exception(failure);
    writer.finish();
    transaction.commit();
    return report;
}

}  // namespace riskgraph
