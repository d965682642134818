namespace FacePay.Face.Imaging;

/// <summary>
/// Either an upright decoded image or the reason the bytes were refused. <paramref name="Scale"/> is original
/// pixels per decoded pixel (1 unless a large JPEG/WebP was decoded at reduced size); <paramref name="OriginalWidth"/>
/// and <paramref name="OriginalHeight"/> are the upright dimensions of the full-size image.
/// </summary>
internal readonly record struct DecodeOutcome(RgbImage? Image, FaceRejection? Rejection, double Scale = 1, int OriginalWidth = 0, int OriginalHeight = 0);
