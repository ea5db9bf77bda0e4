// The one place where message keys become Dutch text and error codes become HTTP statuses.
// The texts are gathered per capability: messages.cpp holds the shared ones and calls one
// add_<capability>_messages per capability, each in its own file under web/messages/.
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "core/result.hpp"

namespace regie::web {

// Dutch text for a message key; the key itself when unknown (so a missing text shows up).
std::string tekst(const std::string& key);
// Dutch label of a field (lowerCamelCase property name), e.g. "inwonertal" → "Inwonertal".
std::string veldnaam(const std::string& field);
int http_status(ErrorCode code);
std::string titel(ErrorCode code);
// Dutch text for a key with {naam} placeholders filled from `waarden`; ISO dates become
// dd-mm-jjjj, and a placeholder with its own format (Messages::add_format) is shown in words.
std::string tekst_met(const std::string& key, const std::map<std::string, std::string>& waarden);
// Every field error of an Error as one Dutch sentence list: "Naam: dit veld is verplicht. …"
std::string beschrijving(const Error& error);

// The Dutch texts of the capabilities, filled once at the first lookup. A key, field or format
// registered twice keeps its first text and is listed by duplicates() (a unit test keeps that
// list empty).
class Messages {
 public:
  using Pairs = std::initializer_list<std::pair<const char*, const char*>>;
  // Shows the value of a {placeholder} in words, e.g. role codes as their labels.
  using Format = std::string (*)(const std::string& value);

  // Message keys → text.
  void add_texts(Pairs texts);
  // Field names (the API's lowerCamelCase) → label.
  void add_fields(Pairs fields);
  void add_format(const std::string& placeholder, Format format);

  const std::map<std::string, std::string>& texts() const { return texts_; }
  const std::map<std::string, std::string>& fields() const { return fields_; }
  const std::map<std::string, Format>& formats() const { return formats_; }
  const std::vector<std::string>& duplicates() const { return duplicates_; }

 private:
  std::map<std::string, std::string> texts_;
  std::map<std::string, std::string> fields_;
  std::map<std::string, Format> formats_;
  std::vector<std::string> duplicates_;
};

// Every registered text.
const Messages& messages();

// One line per capability in messages.cpp; each in web/messages/<capability>_messages.cpp.
void add_governance_messages(Messages& m);
void add_opdracht_messages(Messages& m);
void add_wijziging_messages(Messages& m);
void add_signaal_messages(Messages& m);
void add_interne_afstemming_messages(Messages& m);
void add_beleidsdoel_messages(Messages& m);
void add_koppeling_messages(Messages& m);
void add_catalogus_messages(Messages& m);
void add_realisatie_messages(Messages& m);
void add_afwijking_messages(Messages& m);
void add_meting_messages(Messages& m);
void add_beheer_messages(Messages& m);
void add_programma_messages(Messages& m);
void add_competentie_messages(Messages& m);
void add_beleidscyclus_messages(Messages& m);
void add_audit_messages(Messages& m);
void add_account_messages(Messages& m);

}  // namespace regie::web
