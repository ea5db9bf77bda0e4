// GOV-3: the hours of a rol through time. Changing a rol's hours from a date on starts a new
// period; it does not rewrite the past, so a check on an earlier peildatum (GOV-6, GOV-11) sees
// the hours of that day. A rol's urenperioden are sorted by van, the first starts on the rol's
// start, and each holds until the next begins; uren_per_jaar is the latest period's hours.
// Pure functions on values: no I/O, no clock (the caller passes the dates). Thread-compatible.
#pragma once

#include <cstdint>
#include <vector>

#include "core/datum.hpp"
#include "domain/governance/types.hpp"

namespace regie::governance {

// The rol's urenperioden; for a rol without any (one built by hand), one period from its start
// at uren_per_jaar.
std::vector<UrenPeriode> urenperioden_van(const Rol& rol);

// The hours a year the rol has on `dag`: those of the last period that began on or before it;
// 0 on a day outside the rol's periode.
std::int32_t uren_op(const Rol& rol, Datum dag);

// From `vanaf` on the rol has `uren` hours a year; before it nothing changes. Periods starting
// on or after `vanaf` are dropped and a new one starts on `vanaf`, unless the period then in
// force already has these hours. `vanaf` on or before the rol's start is a correction: one
// period from the start. uren_per_jaar becomes the latest period's hours.
void wijzig_uren(Rol& rol, Datum vanaf, std::int32_t uren);

// Fits the urenperioden to the rol's periode after its start or end moved: the period in force
// on the start now begins there (earlier ones go; a later start keeps the hours of that day, an
// earlier one extends the first period back), and periods beginning after the end go.
// uren_per_jaar becomes the latest period's hours.
void pas_urenperioden_aan(Rol& rol);

}  // namespace regie::governance
