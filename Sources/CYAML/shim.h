#ifndef WARDEN_CYAML_SHIM_H
#define WARDEN_CYAML_SHIM_H
#include <yaml.h>
#endif
