// The options that describe a visitor's profile and the language of a printed page, shared by
// `santemap sheet` and `santemap atlas`: --profession, --student, --first-installation yes|no,
// --date YYYY-MM-DD, --lang fr|en.
#pragma once

#include <optional>
#include <string>

#include "cli_args.hpp"
#include "domain/aids.hpp"
#include "domain/territory.hpp"

namespace app {

// The profile from the options (the profession as given, not checked here); a message naming the
// option when one is wrong.
std::optional<std::string> readAidProfile(const Args& args, AidProfile& profile);

// A message naming the known professions when the profile's is not one of the territory's
// (an empty profession is the default one, not checked).
std::optional<std::string> unknownProfession(const TerritoryData& t, const AidProfile& profile);

// --lang (French by default); a message when it is neither fr nor en.
std::optional<std::string> readLanguage(const Args& args, Language& lang);

}  // namespace app
