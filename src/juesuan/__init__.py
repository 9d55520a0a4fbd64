"""juesuan: 部门决算分析报告 from a unit's final-accounts figures."""

__version__ = "0.1.0"
