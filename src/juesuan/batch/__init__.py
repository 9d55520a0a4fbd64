"""Many units: batch reports, the 部门汇总 and the cross-unit review list (Dask + pandas)."""
