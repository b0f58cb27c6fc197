// The WardenCLI module. See ../../../shared/DESIGN.md section 4 for where it sits in the data flow.
