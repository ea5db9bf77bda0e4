// The demo is relative to the clock: loaded on any day, it tells the same story. Its governance
// findings (GOV-4..GOV-8) and the late Big 8 steps (B8-1) are the same on the day the demo is
// written as of and years later, so no test result depends on the day the suite runs.
#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdio>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "cli/wiring.hpp"
#include "domain/governance/register_repository.hpp"
#include "domain/opdrachten/opdracht_repository.hpp"
#include "service/clock.hpp"
#include "service/demo_service.hpp"

namespace regie {
namespace {

// Per requirement and ernst, how many findings; and how many Big 8 steps are late.
struct Verhaal {
  std::map<std::tuple<std::string, int>, int> bevindingen;
  std::size_t te_laat = 0;
  std::string eerste_titel;
  std::int32_t eerste_jaar = 0;
};

Verhaal laad_demo_op(const std::string& moment) {
  char path[] = "/tmp/regie-demo-klok-XXXXXX";
  int fd = ::mkstemp(path);
  EXPECT_GE(fd, 0);
  ::close(fd);
  Verhaal verhaal;
  {
    auto clock = service::clock_from(*service::parse_moment(moment));
    auto wiring = cli::wire(path, clock);
    EXPECT_TRUE(wiring.ok());
    if (!wiring.ok()) return verhaal;
    EXPECT_TRUE(wiring->demo->load().ok());
    auto uow = wiring->store->begin(Toegang::kLezen);
    auto regios = (*uow)->registry().list_regios();
    Id regio_id = regios->front().id;
    const service::Context ctx = service::systeem_context(regio_id);
    auto gezondheid = wiring->services.governance->bevindingen(ctx, regio_id, clock->vandaag());
    EXPECT_TRUE(gezondheid.ok());
    for (const auto& b : gezondheid->bevindingen) {
      ++verhaal.bevindingen[{b.requirement, static_cast<int>(b.ernst)}];
    }
    auto cyclus = wiring->services.beleidscyclus->cyclus(ctx, regio_id);
    EXPECT_TRUE(cyclus.ok());
    verhaal.te_laat = cyclus->te_laat.size();
    auto opdrachten = (*uow)->opdrachten().list(OpdrachtQuery{regio_id, {}, {}, {}});
    EXPECT_TRUE(opdrachten.ok());
    for (const auto& o : *opdrachten) {
      // The newest of the regional programme's opdrachten (this year's one is accepted).
      if (o.titel.rfind("Regionaal uitvoeringsprogramma", 0) == 0 && o.jaar > verhaal.eerste_jaar) {
        verhaal.eerste_titel = o.titel;
        verhaal.eerste_jaar = o.jaar;
      }
    }
  }
  std::remove(path);
  return verhaal;
}

// GOV-8, B8-1
TEST(DemoKlokTest, DeDemoVerteltOpElkeDagHetzelfdeVerhaal) {
  const Verhaal peildag = laad_demo_op("2026-12-01T09:00:00Z");
  ASSERT_FALSE(peildag.bevindingen.empty());
  EXPECT_EQ(peildag.eerste_titel, "Regionaal uitvoeringsprogramma VTH 2027");
  EXPECT_EQ(peildag.eerste_jaar, 2027);
  EXPECT_GT(peildag.te_laat, 0U);

  for (const auto& [moment, titel, jaar] :
       std::vector<std::tuple<std::string, std::string, std::int32_t>>{
           {"2027-06-01T09:00:00Z", "Regionaal uitvoeringsprogramma VTH 2027", 2027},
           {"2031-01-01T09:00:00Z", "Regionaal uitvoeringsprogramma VTH 2031", 2031}}) {
    SCOPED_TRACE(moment);
    const Verhaal later = laad_demo_op(moment);
    EXPECT_EQ(later.bevindingen, peildag.bevindingen);
    EXPECT_EQ(later.te_laat, peildag.te_laat);
    EXPECT_EQ(later.eerste_titel, titel);
    EXPECT_EQ(later.eerste_jaar, jaar);
  }
}

TEST(DemoKlokTest, EenTijdstipIsEenDatumOfEenUtcMoment) {
  EXPECT_TRUE(service::parse_moment("2027-06-01").has_value());
  EXPECT_TRUE(service::parse_moment("2027-06-01T10:15:00Z").has_value());
  EXPECT_FALSE(service::parse_moment("01-06-2027").has_value());
  EXPECT_FALSE(service::parse_moment("2027-06-01T10:15:00Zextra").has_value());
  auto klok = service::clock_from(*service::parse_moment("2031-01-01"));
  EXPECT_EQ(klok->vandaag().iso(), "2031-01-01");
}

}  // namespace
}  // namespace regie
