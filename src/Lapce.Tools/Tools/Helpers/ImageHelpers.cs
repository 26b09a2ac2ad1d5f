// Port of src/core/tools/helpers/imageHelpers.ts (Kilo Code 4.88.0).
using Lapce.Tools.Utils;

namespace Lapce.Tools.Tools.Helpers;

/// <summary>Result of image validation.</summary>
public sealed record ImageValidationResult(bool IsValid, string? Reason = null, string? Notice = null, double? SizeInMB = null);

/// <summary>Result of image processing.</summary>
public sealed record ImageProcessingResult(string DataUrl, byte[] Buffer, double SizeInKB, double SizeInMB, string Notice);

public static class ImageHelpers
{
    /// <summary>Default maximum allowed image file size (5MB).</summary>
    public const double DefaultMaxImageFileSizeMB = 5;

    /// <summary>
    /// Default maximum total memory usage for all images in a single read operation (20MB): a cumulative limit, an
    /// image that would pass it is skipped with a notice.
    /// </summary>
    public const double DefaultMaxTotalImageSizeMB = 20;

    /// <summary>Supported image formats that can be displayed.</summary>
    public static readonly IReadOnlyList<string> SupportedImageFormats =
        [".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".bmp", ".ico", ".tiff", ".tif", ".avif"];

    public static readonly IReadOnlyDictionary<string, string> ImageMimeTypes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".gif"] = "image/gif",
        [".webp"] = "image/webp",
        [".svg"] = "image/svg+xml",
        [".bmp"] = "image/bmp",
        [".ico"] = "image/x-icon",
        [".tiff"] = "image/tiff",
        [".tif"] = "image/tiff",
        [".avif"] = "image/avif",
    };

    /// <summary>Reads an image file and returns both the data URL and buffer.</summary>
    public static async Task<(string DataUrl, byte[] Buffer)> ReadImageAsDataUrlWithBufferAsync(string filePath)
    {
        var fileBuffer = await NodeFs.ReadFileAsync(filePath);
        var base64 = Convert.ToBase64String(fileBuffer);
        var ext = NodePath.Extname(filePath).ToLowerInvariant();
        var mimeType = ImageMimeTypes.TryGetValue(ext, out var m) ? m : "image/png";
        return ($"data:{mimeType};base64,{base64}", fileBuffer);
    }

    /// <summary>Checks if a file extension is a supported image format.</summary>
    public static bool IsSupportedImageFormat(string extension) => SupportedImageFormats.Contains(extension.ToLowerInvariant());

    /// <summary>Validates if an image can be processed based on size limits and model support.</summary>
    public static Task<ImageValidationResult> ValidateImageForProcessingAsync(
        string fullPath, bool supportsImages, double maxImageFileSize, double maxTotalImageSize, double currentTotalMemoryUsed)
    {
        // Check if model supports images
        if (!supportsImages)
        {
            return Task.FromResult(new ImageValidationResult(
                false, "unsupported_model",
                "Image file detected but current model does not support images. Skipping image processing."));
        }

        double size = Stat(fullPath);
        double imageSizeInMB = size / (1024 * 1024);

        // Check individual file size limit
        if (size > maxImageFileSize * 1024 * 1024)
        {
            var imageSizeFormatted = PrettyBytes.Format(size);
            return Task.FromResult(new ImageValidationResult(
                false, "size_limit",
                I18n.T("tools:readFile.imageTooLarge", new Dictionary<string, object?> { ["size"] = imageSizeFormatted, ["max"] = maxImageFileSize }),
                imageSizeInMB));
        }

        // Check total memory limit
        if (currentTotalMemoryUsed + imageSizeInMB > maxTotalImageSize)
        {
            var currentMemoryFormatted = PrettyBytes.Format(currentTotalMemoryUsed * 1024 * 1024);
            var fileMemoryFormatted = PrettyBytes.Format(size);
            return Task.FromResult(new ImageValidationResult(
                false, "memory_limit",
                $"Image skipped to avoid size limit ({JsJson.NumberToString(maxTotalImageSize)}MB). Current: {currentMemoryFormatted} + this file: {fileMemoryFormatted}. Try fewer or smaller images.",
                imageSizeInMB));
        }

        return Task.FromResult(new ImageValidationResult(true, SizeInMB: imageSizeInMB));
    }

    /// <summary>Processes an image file and returns the result.</summary>
    public static async Task<ImageProcessingResult> ProcessImageFileAsync(string fullPath)
    {
        double size = Stat(fullPath);
        var (dataUrl, buffer) = await ReadImageAsDataUrlWithBufferAsync(fullPath);
        double imageSizeInKB = JsMathRound(size / 1024);
        double imageSizeInMB = size / (1024 * 1024);
        var noticeText = I18n.T("tools:readFile.imageWithSize", new Dictionary<string, object?> { ["size"] = imageSizeInKB });
        return new ImageProcessingResult(dataUrl, buffer, imageSizeInKB, imageSizeInMB, noticeText);
    }

    /// <summary><c>fs.stat(path).size</c> (links followed; Node's errors).</summary>
    private static double Stat(string path)
    {
        var target = NodeFs.ResolveLinks(path) ?? path;
        if (File.Exists(target)) return new FileInfo(target).Length;
        if (Directory.Exists(target)) return 4096;
        throw NodeFs.Error("ENOENT", "stat", path);
    }

    /// <summary>Math.round: halves round up.</summary>
    private static double JsMathRound(double x) => Math.Floor(x + 0.5);
}

/// <summary>Memory tracker for image processing (MB).</summary>
public sealed class ImageMemoryTracker
{
    private double _totalMemoryUsed;

    /// <summary>Gets the current total memory used in MB.</summary>
    public double GetTotalMemoryUsed() => _totalMemoryUsed;

    /// <summary>Adds to the total memory used.</summary>
    public void AddMemoryUsage(double sizeInMB) => _totalMemoryUsed += sizeInMB;

    /// <summary>Resets the memory tracker.</summary>
    public void Reset() => _totalMemoryUsed = 0;
}
