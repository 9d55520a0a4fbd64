Attribute VB_Name = "Juesuan"
Option Explicit
' juesuan buttons. Each macro calls one fixed entry point of the Python module juesuan.excel
' through xlwings' RunPython (module "xlwings" in this project). Keep this file ASCII: the
' Chinese messages are written as Unicode code points (function U).

Public Sub JuesuanRecalculate()
    Run "import juesuan.excel; juesuan.excel.recalculate()"
End Sub

Public Sub JuesuanCheck()
    Run "import juesuan.excel; juesuan.excel.check()"
End Sub

Public Sub JuesuanExportReport()
    Run "import juesuan.excel; juesuan.excel.export_report()"
End Sub

Public Sub JuesuanRollOver()
    Run "import juesuan.excel; juesuan.excel.roll_over()"
End Sub

Public Sub JuesuanDisclose()
    Run "import juesuan.excel; juesuan.excel.disclose()"
End Sub

Public Sub JuesuanReview()
    Run "import juesuan.excel; juesuan.excel.review()"
End Sub

Public Sub JuesuanSummarize()
    Run "import juesuan.excel; juesuan.excel.summarize()"
End Sub

' Python must be found first: an empty interpreter setting would make xlwings start "python"
' from the PATH, which on Windows 10/11 can open the Microsoft Store instead.
' The output sheets are protected; juesuan writes them and protects them again when done.
Private Sub Run(ByVal command As String)
    Dim ws As Object
    If Not PythonReady() Then Exit Sub
    For Each ws In ThisWorkbook.Worksheets
        If ws.ProtectContents Then ws.Unprotect
    Next ws
    RunPython command
End Sub

Private Function PythonReady() As Boolean
    Dim interpreter As String
    #If Mac Then
        interpreter = GetConfig("INTERPRETER_MAC", "")
    #Else
        interpreter = GetConfig("INTERPRETER_WIN", "")
    #End If
    If interpreter = "" Then interpreter = GetConfig("INTERPRETER", "")
    If interpreter = "" And GetConfig("CONDA_PATH", "") = "" Then
        MsgBox U("672A 627E 5230 0020 0050 0079 0074 0068 006F 006E FF0C 6309 94AE 65E0 6CD5 8FD0 884C 3002 8BF7 5148 5B89 88C5") & _
        U("0020 0050 0079 0074 0068 006F 006E 0020 548C 0020 006A 0075 0065 0073 0075 0061 006E FF0C 7136 540E 5728 547D") & _
        U("4EE4 884C 8FD0 884C FF1A 006A 0075 0065 0073 0075 0061 006E 0020 0073 0065 0074 0075 0070 0020 672C 5DE5 4F5C") & _
        U("7C3F 7684 8DEF 5F84 FF08 8BE6 89C1 0020 0052 0045 0041 0044 004D 0045 0020 7684 201C 5728 0020 0045 0078 0063") & _
        U("0065 006C 0020 4E2D 4F7F 7528 201D FF09 3002"), vbExclamation, "juesuan"
        Exit Function
    End If
    #If Not Mac Then
        If InStr(interpreter, "\") > 0 And Not FileExists(interpreter) Then
            MsgBox U("627E 4E0D 5230 5DE5 4F5C 7C3F 8BBE 7F6E 7684 0020 0050 0079 0074 0068 006F 006E FF1A") & interpreter & _
                U("3002 8BF7 91CD 65B0 8FD0 884C 0020 006A 0075 0065 0073 0075 0061 006E 0020 0073 0065 0074 0075 0070 0020 672C") & _
        U("5DE5 4F5C 7C3F 7684 8DEF 5F84 3002"), vbExclamation, "juesuan"
            Exit Function
        End If
    #End If
    PythonReady = True
End Function

' The text of space-separated hexadecimal Unicode code points.
Private Function U(ByVal codes As String) As String
    Dim parts() As String, i As Long, text As String
    parts = Split(codes, " ")
    For i = LBound(parts) To UBound(parts)
        text = text & ChrW(CLng("&H" & parts(i)))
    Next i
    U = text
End Function
