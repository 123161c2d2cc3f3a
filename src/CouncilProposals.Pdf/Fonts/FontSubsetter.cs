using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using SkiaSharp;

namespace CouncilProposals.Pdf.Fonts;

/// <summary>
/// Cuts a typeface down to the glyphs a document uses, with HarfBuzz's subsetter (hb-subset) in the
/// libHarfBuzzSharp that SkiaSharp.HarfBuzz already loads: HarfBuzzSharp exports the functions but wraps none of
/// them, so they are called directly. Glyph ids are kept (HB_SUBSET_FLAGS_RETAIN_GIDS), so the runs shaped with the
/// whole font draw unchanged with the subset; the characters are kept in its cmap, so the PDF's ToUnicode map is
/// the same. SkiaSharp's PDF backend embeds a typeface's whole font file, so embedding the subset embeds only
/// those glyphs. A font HarfBuzz cannot subset is drawn whole.
/// </summary>
internal static partial class FontSubsetter
{
    private const string HarfBuzz = "libHarfBuzzSharp";
    private const uint RetainGlyphIds = 0x2;
    private const int MaxCachedSubsets = 256;

    // One HarfBuzz face per typeface (the font file read once), like the typefaces and shapers.
    private static readonly ConcurrentDictionary<SKTypeface, Lazy<IntPtr>> Faces = new();

    // The same document rendered again uses the same glyphs: its subsets are made once.
    private static readonly ConcurrentDictionary<(SKTypeface, string), SKTypeface?> Subsets = new();

    /// <summary>The typeface holding only <paramref name="glyphs"/> and <paramref name="characters"/>, or null when it cannot be made.</summary>
    public static SKTypeface? Subset(SKTypeface typeface, IReadOnlySet<ushort> glyphs, IReadOnlySet<int> characters)
    {
        var key = (typeface, string.Join(',', glyphs.Order()) + "|" + string.Join(',', characters.Order()));
        if (Subsets.TryGetValue(key, out var cached))
        {
            return cached;
        }

        if (Subsets.Count >= MaxCachedSubsets)
        {
            Subsets.Clear();
        }

        return Subsets.GetOrAdd(key, _ => Make(typeface, glyphs, characters));
    }

    private static SKTypeface? Make(SKTypeface typeface, IReadOnlySet<ushort> glyphs, IReadOnlySet<int> characters)
    {
        var face = Faces.GetOrAdd(typeface, t => new Lazy<IntPtr>(() => LoadFace(t))).Value;
        if (face == IntPtr.Zero)
        {
            return null;
        }

        var input = hb_subset_input_create_or_fail();
        if (input == IntPtr.Zero)
        {
            return null;
        }

        try
        {
            hb_subset_input_set_flags(input, RetainGlyphIds);
            var glyphSet = hb_subset_input_glyph_set(input);
            foreach (var glyph in glyphs)
            {
                hb_set_add(glyphSet, glyph);
            }

            var unicodeSet = hb_subset_input_unicode_set(input);
            foreach (var character in characters)
            {
                hb_set_add(unicodeSet, (uint)character);
            }

            var subset = hb_subset_or_fail(face, input);
            if (subset == IntPtr.Zero)
            {
                return null;
            }

            var blob = hb_face_reference_blob(subset);
            try
            {
                var data = hb_blob_get_data(blob, out var length);
                if (data == IntPtr.Zero || length == 0)
                {
                    return null;
                }

                var bytes = new byte[length];
                Marshal.Copy(data, bytes, 0, (int)length);
                using var skData = SKData.CreateCopy(bytes);
                return SKTypeface.FromData(skData);
            }
            finally
            {
                hb_blob_destroy(blob);
                hb_face_destroy(subset);
            }
        }
        finally
        {
            hb_subset_input_destroy(input);
        }
    }

    private static IntPtr LoadFace(SKTypeface typeface)
    {
        using var stream = typeface.OpenStream(out var index);
        if (stream is null || stream.Length == 0)
        {
            return IntPtr.Zero;
        }

        var bytes = new byte[stream.Length];
        if (stream.Read(bytes, bytes.Length) != bytes.Length)
        {
            return IntPtr.Zero;
        }

        var handle = GCHandle.Alloc(bytes, GCHandleType.Pinned);
        try
        {
            // HB_MEMORY_MODE_DUPLICATE (0): HarfBuzz copies the bytes, so nothing stays pinned.
            var blob = hb_blob_create(handle.AddrOfPinnedObject(), (uint)bytes.Length, 0, IntPtr.Zero, IntPtr.Zero);
            var face = hb_face_create(blob, (uint)index);
            hb_blob_destroy(blob);
            return face;
        }
        finally
        {
            handle.Free();
        }
    }

    [LibraryImport(HarfBuzz)]
    private static partial IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);

    [LibraryImport(HarfBuzz)]
    private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [LibraryImport(HarfBuzz)]
    private static partial void hb_blob_destroy(IntPtr blob);

    [LibraryImport(HarfBuzz)]
    private static partial IntPtr hb_face_create(IntPtr blob, uint index);

    [LibraryImport(HarfBuzz)]
    private static partial IntPtr hb_face_reference_blob(IntPtr face);

    [LibraryImport(HarfBuzz)]
    private static partial void hb_face_destroy(IntPtr face);

    [LibraryImport(HarfBuzz)]
    private static partial IntPtr hb_subset_input_create_or_fail();

    [LibraryImport(HarfBuzz)]
    private static partial void hb_subset_input_destroy(IntPtr input);

    [LibraryImport(HarfBuzz)]
    private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);

    [LibraryImport(HarfBuzz)]
    private static partial IntPtr hb_subset_input_glyph_set(IntPtr input);

    [LibraryImport(HarfBuzz)]
    private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);

    [LibraryImport(HarfBuzz)]
    private static partial void hb_set_add(IntPtr set, uint codepoint);

    [LibraryImport(HarfBuzz)]
    private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
}
