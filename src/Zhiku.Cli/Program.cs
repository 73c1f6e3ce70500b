using Zhiku.Cli;

return ZhikuCli.Run(args, Console.Out, Console.Error);
