#include "web/ui/signaal_ui.hpp"
