"""决算公开: the nine public tables (公开01–09), their checks, the 情况说明 and the 名词解释."""
