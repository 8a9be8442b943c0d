using System.Collections.Concurrent;
using System.Diagnostics;

namespace CrmSite.Tests.Integration.Infrastructure;

/// <summary>The built CrmSite.Web run as its own process, as a user runs it: for restarts, the CLI and kill -9.</summary>
public sealed class SiteProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();
    private readonly ConcurrentQueue<string> _standardOutput = new();
    private readonly SemaphoreSlim _newLine = new(0);

    private SiteProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _standardOutput.Enqueue(e.Data);
            }
            Add(e.Data);
        };
        _process.ErrorDataReceived += (_, e) => Add(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public IReadOnlyCollection<string> Lines => _lines;

    public string Output => string.Join('\n', _lines);

    /// <summary>What the process wrote to standard output alone (logs go to standard error in CLI mode).</summary>
    public string StandardOutput => string.Join('\n', _standardOutput);

    public static SiteProcess Start(string dataPath, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "CrmSite.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["CrmSite__DataPath"] = dataPath;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }
        return new SiteProcess(Process.Start(start)!);
    }

    /// <summary>The first output line matching <paramref name="predicate"/>, waiting for it up to <paramref name="timeout"/>.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> predicate, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_lines.FirstOrDefault(predicate) is { } line)
            {
                return line;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero || _process.HasExited && !await _newLine.WaitAsync(100))
            {
                throw new TimeoutException($"No matching line within {timeout} (exited: {_process.HasExited}). Output:\n{Output}");
            }
            await _newLine.WaitAsync(left < TimeSpan.FromMilliseconds(20) ? left : TimeSpan.FromMilliseconds(20));
        }
    }

    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit();
        return _process.ExitCode;
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: no shutdown code runs.</summary>
    public void Kill() => _process.Kill(entireProcessTree: true);

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
        _newLine.Dispose();
    }

    private void Add(string? line)
    {
        if (line is null)
        {
            return;
        }
        _lines.Enqueue(line);
        _newLine.Release();
    }
}
