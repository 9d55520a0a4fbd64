"""The pure analysis: standard library only, no file, no Excel, no clock."""
