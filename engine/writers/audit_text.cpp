#include "writers/audit_text.hpp"

#include "text/format.hpp"

#include <fmt/format.h>

namespace veedor {

namespace {

/// Printed or recomputed value with its unit: "S/ 1,234.50" or "0.0046%".
std::string with_unit(const Decimal& d, bool percent, Lang l, NumberStyle n) {
    return percent ? percent_text(d, l, n) : decimal_money_text(d, l, n);
}

std::string source_text(const Model& m, const std::string& id) {
    const Source* s = m.source(id);
    return s ? id + " (" + s->title + ")" : id;
}

std::string entity_name(const Model& m, const std::string& id) {
    const Entity* e = m.entity(id);
    return e ? e->name : id;
}

std::string group_name(const Model& m, const std::string& id) {
    const Group* g = m.group(id);
    return g ? g->name : id;
}

/// Renders one finding's kind-specific part; the shared fields are set by describe().
class Writer {
public:
    Writer(const Model& m, RoundingMode mode, Lang lang, NumberStyle numbers, FindingText& out)
        : m_(m), mode_(mode), lang_(lang), numbers_(numbers), t_(out) {}

    void operator()(const Mismatch& d, const Finding& f) {
        bool percent = is_percent_measure(f.measure);
        t_.printed = with_unit(d.printed, percent, lang_, numbers_);
        t_.recomputed = with_unit(d.recomputed, percent, lang_, numbers_);
        t_.exact = with_unit(round_ratio(d.exact, d.exact_places, mode_), percent, lang_, numbers_);
        t_.difference = percent ? number_text(d.difference, lang_, numbers_) + say("audit.percentage_points")
                                : with_unit(d.difference, false, lang_, numbers_);
        t_.printed_plain = d.printed.plain();
        t_.recomputed_plain = d.recomputed.plain();
        t_.difference_plain = d.difference.plain();
        for (const Reason& r : d.reasons) {
            std::string w = std::visit([&](const auto& x) { return reason(x); }, r);
            if (!w.empty()) t_.explanation += (t_.explanation.empty() ? "" : " ") + w;
        }
    }

    void operator()(const AggregateDisagrees& d, const Finding& f) {
        t_.printed = money(d.printed);
        t_.recomputed = money(d.total);
        t_.exact = t_.recomputed;
        t_.difference = money(d.printed - d.total);
        t_.printed_plain = d.printed.plain();
        t_.recomputed_plain = d.total.plain();
        t_.difference_plain = (d.printed - d.total).plain();
        std::string who = d.members ? reason(*d.members) : std::string();
        t_.explanation = say("audit.aggregate", group_name(m_, d.group), money(d.total),
                             enum_words("measure.", f.measure, lang_), f.year, who);
    }

    void operator()(const IncompleteTotal& d, const Finding& f) {
        std::vector<std::string> parts;
        if (!d.execution_missing.empty())
            parts.push_back(say("audit.exec_missing", d.execution_missing.size(), money(d.allocated_without_executed),
                                joined(d.execution_missing)));
        if (!d.allocation_missing.empty())
            parts.push_back(say("audit.alloc_missing", money(d.executed_without_allocated), d.allocation_missing.size(),
                                joined(d.allocation_missing)));
        if (d.unknown_allocations > 0)
            parts.push_back(say(d.unknown_allocations == 1 ? "audit.unknown_alloc_one" : "audit.unknown_alloc_many",
                                d.unknown_allocations));
        if (d.partial_through) parts.push_back(say("audit.partial", d.partial_through->iso()));
        if (d.printed_rate) t_.printed = percent_text(*d.printed_rate, lang_, numbers_);
        std::string matched = d.matched_rate ? percent_text(round_ratio(*d.matched_rate, 2, mode_), lang_, numbers_)
                                             : say("value.not_applicable");
        t_.recomputed = matched + " " + say("audit.matched_rate");
        t_.explanation = say("audit.in_year", f.year);
        for (size_t i = 0; i < parts.size(); ++i) t_.explanation += (i ? "; " : "") + parts[i];
        t_.explanation += say("audit.matched_tail", d.matched_members, matched, money(d.matched_executed),
                              money(d.matched_allocated));
    }

    void operator()(const ChangeNotComparable& d, const Finding& f) {
        auto status = [&](const std::optional<Value>& v) { return v ? value_text(*v) : say("audit.no_figure"); };
        bool before_is_amount = d.before && d.before->is_amount();
        const Value& with_amount = before_is_amount ? *d.before : *d.after;
        int amount_year = before_is_amount ? d.year_before : f.year;
        int other_year = before_is_amount ? f.year : d.year_before;
        const std::optional<Value>& without = before_is_amount ? d.after : d.before;
        t_.printed = fmt::format("{}: {}; {}: {}", d.year_before, status(d.before), f.year, status(d.after));
        t_.difference = money(d.contribution) + say("audit.part_of_change");
        t_.explanation = say("audit.comparability", d.year_before, f.year, money(d.change), money(with_amount.amount),
                             amount_year, status(without), other_year,
                             d.share ? percent_text(round_ratio(*d.share, 2, mode_), lang_, numbers_)
                                     : say("value.not_applicable"),
                             d.excluded.is_zero() ? std::string() : say("audit.excluded", money(d.excluded), other_year));
    }

    void operator()(const SourcesDisagree& d, const Finding& f) {
        const PublishedFigure& o = *d.other;
        const PublishedFigure& u = *d.used;
        bool percent = is_percent_measure(f.measure);
        t_.printed = with_unit(o.printed, percent, lang_, numbers_);
        t_.recomputed = with_unit(d.used_compared, percent, lang_, numbers_);
        t_.exact = d.implied ? with_unit(round_ratio(*d.implied, o.printed.places() + 4, mode_), percent, lang_, numbers_)
                             : with_unit(u.printed, percent, lang_, numbers_);
        t_.difference = percent ? number_text(d.difference, lang_, numbers_) + say("audit.percentage_points")
                                : with_unit(d.difference, false, lang_, numbers_);
        t_.printed_plain = o.printed.plain();
        t_.recomputed_plain = d.used_compared.plain();
        t_.difference_plain = d.difference.plain();
        std::string used_value = with_unit(u.printed, is_percent_measure(u.measure), lang_, numbers_);
        t_.explanation = say("audit.sources", o.source, t_.printed + described(o), used_value + described(u), u.source,
                             u.use ? ": " + *u.use : std::string());
        if (d.implied) t_.explanation += say("audit.implies", used_value, t_.exact);
        t_.explanation += say("audit.compared_at", with_unit(d.unit, percent, lang_, numbers_), with_unit(d.other_compared, percent, lang_, numbers_),
                              t_.recomputed);
        for (const Reason& r : d.reasons)
            t_.explanation += " " + std::visit([&](const auto& x) { return reason(x); }, r);
        for (const PublishedFigure* p : {&o, &u})
            if (!p->quote.empty()) t_.explanation += say("audit.quoted", p->source, p->quote);
    }

private:
    /// " (rounded to S/ 100,000; initial budget (PIA))": what a printed figure is, beyond its value.
    std::string described(const PublishedFigure& p) const {
        std::vector<std::string> parts;
        if (p.rounded()) parts.push_back(say("audit.rounded_to", with_unit(p.unit(), is_percent_measure(p.measure), lang_, numbers_)));
        if (p.stage) parts.push_back(say("stage." + std::string(to_string(*p.stage))));
        if (parts.empty()) return "";
        std::string out = " (";
        for (size_t i = 0; i < parts.size(); ++i) out += (i ? "; " : "") + parts[i];
        return out + ")";
    }

    std::string reason(const RoundedAnotherWay& r) const {
        auto [name, meaning] = [&]() -> std::pair<const char*, const char*> {
            switch (r.mode) {
                case RoundingMode::toward_zero: return {"audit.toward_zero", "audit.truncated"};
                case RoundingMode::half_even: return {"audit.half_even", "audit.ties_even"};
                case RoundingMode::half_up: return {"audit.half_up", "audit.ties_up"};
            }
            return {"audit.half_up", "audit.ties_up"};
        }();
        return say("audit.rounded", say(name), say(meaning), enum_words("rounding.", mode_, lang_));
    }

    std::string reason(const MembersExplainTotal& r) const {
        std::string who;
        for (const std::string& id : r.entities)
            who += (who.empty() ? "" : say("audit.or")) + entity_name(m_, id) + " (" + money(r.amount) + ")";
        return say(r.left_out ? "audit.leaves_out" : "audit.counts_twice", who);
    }

    std::string reason(const RateFollowsFromPrinted& r) const {
        return say("audit.follows", number_text(r.executed, lang_, numbers_), number_text(r.allocated, lang_, numbers_));
    }

    std::string reason(const GeneralBudgetUsed& r) const {
        return say("audit.model_uses", money(r.amount), r.year) + (r.note.empty() ? "." : ": " + r.note);
    }

    /// A value of a model in words: an amount, or what is missing.
    std::string value_text(const Value& v) const {
        switch (v.kind) {
            case ValueKind::amount: return money(v.amount);
            case ValueKind::unknown: return say("value.unknown");
            case ValueKind::no_specific_budget: return say("value.no_specific_budget");
            case ValueKind::not_reported: return say("value.not_reported");
        }
        return {};
    }

    static std::string joined(const std::vector<std::string>& ids) {
        std::string out;
        for (const std::string& id : ids) out += (out.empty() ? "" : ", ") + id;
        return out;
    }

    template <class... Args>
    std::string say(std::string_view key, Args&&... args) const {
        return fmt::format(fmt::runtime(tr(key, lang_)), std::forward<Args>(args)...);
    }
    std::string money(const Money& m) const { return money_text(m, lang_, numbers_); }

    const Model& m_;
    RoundingMode mode_;
    Lang lang_;
    NumberStyle numbers_;
    FindingText& t_;
};

}  // namespace

std::string subject_text(const Subject& s, const Model& m, Lang lang) {
    switch (s.kind) {
        case Subject::Kind::general_budget: return std::string(tr("audit.general_budget", lang));
        case Subject::Kind::entity: return entity_name(m, s.id);
        case Subject::Kind::group_total:
            return fmt::format(fmt::runtime(tr("audit.total_of", lang)), group_name(m, s.id));
    }
    return s.id;
}

std::string unverifiable_text(const WhyUnverifiable& why, Lang l) {
    auto say = [l](const char* key) { return std::string(tr(key, l)); };
    switch (why.reason) {
        case Unverifiable::none: return "";
        case Unverifiable::year_not_in_model: return say("why.year_not_in_model");
        case Unverifiable::no_entity_figure: return say("why.no_entity_figure");
        case Unverifiable::value_missing:
            return trf("why.value_missing", l, enum_words("measure.", why.which, l), enum_words("value_kind.", why.kind, l));
        case Unverifiable::zero_allocation: return say("why.zero_allocation");
        case Unverifiable::zero_general_budget: return say("why.zero_general_budget");
        case Unverifiable::no_allocation_before: return say("why.no_allocation_before");
        case Unverifiable::zero_allocation_before: return say("why.zero_allocation_before");
        case Unverifiable::not_defined_for_entity: return say("why.not_defined_for_entity");
        case Unverifiable::no_breakdown: return say("why.no_breakdown");
        case Unverifiable::no_general_budget: return say("why.no_general_budget");
        case Unverifiable::incomplete_breakdown: return say("why.incomplete_breakdown");
        case Unverifiable::zero_allocated_total: return say("why.zero_allocated_total");
        case Unverifiable::no_total: return say("why.no_total");
        case Unverifiable::no_population: return say("why.no_population");
        case Unverifiable::no_year_before: return say("why.no_year_before");
        case Unverifiable::no_total_either_year: return say("why.no_total_either_year");
        case Unverifiable::zero_total_before: return say("why.zero_total_before");
        case Unverifiable::not_defined: return say("why.not_defined");
        case Unverifiable::other_stage: return say("why.other_stage");
    }
    return "";
}

FindingText describe(const Finding& f, const Model& m, RoundingMode mode, Lang lang, NumberStyle numbers) {
    FindingText t;
    t.subject = subject_text(f.subject, m, lang);
    t.measure = enum_words("measure.", f.measure, lang);
    Writer w(m, mode, lang, numbers, t);
    std::visit([&](const auto& d) { w(d, f); }, f.detail);
    for (const std::string& s : f.sources) t.source += (t.source.empty() ? "" : "; ") + source_text(m, s);
    return t;
}

}  // namespace veedor
