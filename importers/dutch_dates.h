// Dates as printed in parliamentary documents, turned into ISO 8601.
#pragma once

#include <string>
#include <string_view>

namespace riskgraph {

// 1..12 for a Dutch or English month name, any case ("december", "Oktober",
// "October", "okt", "sept"); 0 otherwise.
int month_number(std::string_view word);

// "2020-12-22", or "" when the parts do not form a real date.
std::string iso_date(int year, int month, int day);

// The first date in `text`, as ISO 8601, or "" when there is none:
//   "(ingezonden 22 december 2020)"  -> "2020-12-22"
//   "(ontvangen 18 november2024)"    -> "2024-11-18" (PDF glued the year)
//   "op 4 november jl."              -> "<reference_year>-11-04" ("" if reference_year is 0)
//   "Datum indiening25/03/2022"      -> "2022-03-25"
//   "2 October 2019"                 -> "2019-10-02"
std::string find_date(std::string_view text, int reference_year = 0);

}  // namespace riskgraph
