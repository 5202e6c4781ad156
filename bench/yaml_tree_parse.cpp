// What users of yaml-cpp would do first: build its document tree of a file (YAML::LoadFile), and
// touch every node once. The baseline of bench/run_model_bench.sh.
#include <yaml-cpp/yaml.h>

#include <cstdio>

static long count(const YAML::Node& n) {
    long c = 1;
    if (n.IsMap())
        for (const auto& kv : n) c += count(kv.second) + 1;
    else if (n.IsSequence())
        for (const auto& x : n) c += count(x);
    return c;
}

int main(int argc, char** argv) {
    if (argc != 2) return 2;
    YAML::Node root = YAML::LoadFile(argv[1]);
    std::printf("%ld nodes\n", count(root));
    return 0;
}
