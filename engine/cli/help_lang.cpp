#include "cli/help_lang.hpp"

#include "text/messages.hpp"

#include <CLI/CLI.hpp>

#include <cctype>

namespace veedor {

namespace {

/// CLI11 names a positional argument as it was declared ("model", "scenarios"); Spanish help
/// names it in Spanish, in the usage line and in the list of positionals alike.
class SpanishFormatter : public CLI::Formatter {
public:
    std::string make_option_name(const CLI::Option* opt, bool positional) const override {
        std::string name = CLI::Formatter::make_option_name(opt, positional);
        if (!positional) return name;
        static constexpr std::pair<std::string_view, std::string_view> spanish[] = {
            {"model", "modelo"}, {"file", "archivo"},      {"files", "archivos"},
            {"inputs", "entradas"}, {"scenarios", "escenarios"}, {"dir", "carpeta"}};
        for (auto [en, es] : spanish)
            if (name == en) return std::string(es);
        return name;
    }

    /// CLI11 writes an option's type as its type name ("TEXT", "INT", "TEXT:{es,en}",
    /// "TEXT:FILE") and finds a label only for the whole name; each of its words is put in Spanish.
    std::string make_option_opts(const CLI::Option* opt) const override {
        std::string out = CLI::Formatter::make_option_opts(opt);
        const std::string type = opt->get_type_name();
        if (!opt->get_option_text().empty() || type.empty()) return out;
        const std::string written = " " + get_label(type);
        if (out.rfind(written, 0) != 0) return out;
        return " " + spanish_type(type) + out.substr(written.size());
    }

    /// The type words of `type` in Spanish; a choice list ({national,regional}) and any other
    /// text are kept, being the input's own words.
    static std::string spanish_type(const std::string& type) {
        static constexpr std::pair<std::string_view, std::string_view> words[] = {
            {"TEXT", "TEXTO"}, {"INT", "ENTERO"},   {"UINT", "ENTERO"},   {"FLOAT", "NÚMERO"},
            {"FILE", "ARCHIVO"}, {"DIR", "CARPETA"}, {"PATH", "RUTA"}, {"BOOLEAN", "BOOLEANO"}};
        std::string out;
        size_t i = 0;
        while (i < type.size()) {
            if (type[i] == '{') {  // a choice list: the input's words, as they are
                size_t end = type.find('}', i);
                end = end == std::string::npos ? type.size() : end + 1;
                out += type.substr(i, end - i);
                i = end;
                continue;
            }
            size_t end = i;
            while (end < type.size() && std::isupper(static_cast<unsigned char>(type[end]))) ++end;
            if (end == i) {
                out += type[i++];
                continue;
            }
            std::string_view word(type.data() + i, end - i);
            std::string es(word);
            for (auto [en, sp] : words)
                if (word == en) es = sp;
            out += es;
            i = end;
        }
        return out;
    }
};

/// The note of a footer that set_footer made ("NOTE\n\nExamples:\n  ..."), or "".
std::string footer_note(const std::string& footer) {
    auto at = footer.find("Examples:");
    if (at == std::string::npos) return footer;
    return at >= 2 ? footer.substr(0, at - 2) : "";
}

template <class Visit>
void each_text(CLI::App& app, Visit&& visit) {
    if (!app.get_description().empty()) {
        std::string d = app.get_description();
        visit(d), app.description(d);
    }
    std::string note = footer_note(app.get_footer());
    if (!note.empty()) {
        std::string es = note;
        visit(es);
        std::string footer = app.get_footer();
        footer.replace(0, note.size(), es);
        app.footer(footer);
    }
    for (CLI::Option* o : app.get_options()) {
        if (!o->get_description().empty()) {
            std::string d = o->get_description();
            visit(d), o->description(d);
        }
    }
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) each_text(*sub, visit);
}

}  // namespace

void speak_help(CLI::App& app, Lang lang) {
    if (lang == Lang::en) return;
    each_text(app, [&](std::string& text) {
        if (auto es = help_in_spanish(text)) text = *es;
    });
    std::function<void(CLI::App&)> labels = [&](CLI::App& a) {
        auto f = std::make_shared<SpanishFormatter>();
        a.formatter(f);
        for (auto [en, es] : {std::pair{"Usage", "Uso"}, {"OPTIONS", "OPCIONES"}, {"SUBCOMMAND", "COMANDO"},
                              {"SUBCOMMANDS", "COMANDOS"}, {"Positionals", "Posicionales"}, {"REQUIRED", "OBLIGATORIO"},
                              {"Excludes", "Excluye"}, {"Needs", "Requiere"}, {"TEXT", "TEXTO"}, {"INT", "ENTERO"},
                              {"UINT", "ENTERO"}, {"FLOAT", "NÚMERO"}, {"FILE", "ARCHIVO"}, {"DIR", "CARPETA"}})
            f->label(en, es);
        for (CLI::Option* o : a.get_options())
            if (o->get_group() == "Options") o->group("Opciones");
        for (CLI::App* sub : a.get_subcommands([](CLI::App*) { return true; })) {
            if (sub->get_group() == "Subcommands") sub->group("Comandos");
            labels(*sub);
        }
    };
    labels(app);
    for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
        std::string footer = sub->get_footer();
        if (auto at = footer.find("Examples:"); at != std::string::npos) footer.replace(at, 9, "Ejemplos:");
        sub->footer(footer);
        for (CLI::App* subsub : sub->get_subcommands([](CLI::App*) { return true; })) {
            std::string f2 = subsub->get_footer();
            if (auto at = f2.find("Examples:"); at != std::string::npos) f2.replace(at, 9, "Ejemplos:");
            subsub->footer(f2);
        }
    }
}

}  // namespace veedor
