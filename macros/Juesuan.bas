Attribute VB_Name = "Juesuan"
Option Explicit
' juesuan buttons. Each macro calls one fixed entry point of the Python module juesuan.excel
' through xlwings' RunPython (module "xlwings" in this project). Keep this file ASCII.

Public Sub JuesuanRecalculate()
    RunPython "import juesuan.excel; juesuan.excel.recalculate()"
End Sub

Public Sub JuesuanCheck()
    RunPython "import juesuan.excel; juesuan.excel.check()"
End Sub

Public Sub JuesuanExportReport()
    RunPython "import juesuan.excel; juesuan.excel.export_report()"
End Sub

Public Sub JuesuanRollOver()
    RunPython "import juesuan.excel; juesuan.excel.roll_over()"
End Sub

Public Sub JuesuanDisclose()
    RunPython "import juesuan.excel; juesuan.excel.disclose()"
End Sub

Public Sub JuesuanReview()
    RunPython "import juesuan.excel; juesuan.excel.review()"
End Sub

Public Sub JuesuanSummarize()
    RunPython "import juesuan.excel; juesuan.excel.summarize()"
End Sub
