#include "importers/input_files.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>

#include "graph/errors.h"

namespace riskgraph {
namespace {

bool importable_extension(std::string_view name) {
    const auto dot = name.rfind('.');
    if (dot == std::string_view::npos || dot == 0) return false;
    std::string ext(name.substr(dot));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](unsigned char c) { return std::tolower(c); });
    return ext == ".txt" || ext == ".md";
}

enum class Kind { file, folder, other };

// What `path` is, for a directory entry of type `type`: links to files are
// files, links to folders are not followed.
Kind kind_of(const std::string& path, unsigned char type) {
    if (type == DT_REG) return Kind::file;
    if (type == DT_DIR) return Kind::folder;
    if (type != DT_LNK && type != DT_UNKNOWN) return Kind::other;
    struct stat info {};
    if (type == DT_UNKNOWN) {
        if (::lstat(path.c_str(), &info) != 0) return Kind::other;
        if (S_ISDIR(info.st_mode)) return Kind::folder;
        if (S_ISREG(info.st_mode)) return Kind::file;
        if (!S_ISLNK(info.st_mode)) return Kind::other;
    }
    return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) ? Kind::file : Kind::other;
}

void list_folder(const std::string& folder, std::vector<std::string>& found) {
    struct Closer {
        void operator()(DIR* dir) const { ::closedir(dir); }
    };
    std::unique_ptr<DIR, Closer> dir(::opendir(folder.c_str()));
    if (!dir) {
        if (errno == EACCES) return;
        throw InputError(folder, 0, std::string("cannot list folder: ") + std::strerror(errno));
    }
    const std::string prefix = folder.ends_with('/') ? folder : folder + '/';
    errno = 0;
    while (const dirent* entry = ::readdir(dir.get())) {
        const std::string_view name = entry->d_name;
        if (name.front() == '.') continue;  // hidden, and "." and ".."
        std::string path = prefix;
        path += name;
        switch (kind_of(path, entry->d_type)) {
        case Kind::folder:
            list_folder(path, found);
            break;
        case Kind::file:
            if (importable_extension(name)) found.push_back(std::move(path));
            break;
        case Kind::other:
            break;
        }
        errno = 0;
    }
    if (errno != 0) throw InputError(folder, 0, std::string("cannot list folder: ") + std::strerror(errno));
}

}  // namespace

std::vector<std::string> collect_input_files(const std::vector<std::filesystem::path>& paths) {
    std::vector<std::string> files;
    for (const std::filesystem::path& path : paths) {
        struct stat info {};
        if (::stat(path.c_str(), &info) != 0) throw InputError(path.string(), 0, "no such file or folder");
        if (!S_ISDIR(info.st_mode)) {
            files.push_back(path.string());
            continue;
        }
        std::vector<std::string> found;
        list_folder(path.string(), found);
        std::sort(found.begin(), found.end());
        files.insert(files.end(), std::make_move_iterator(found.begin()), std::make_move_iterator(found.end()));
    }
    return files;
}

}  // namespace riskgraph
