namespace Zhiku.Text.Segmentation;

/// <summary>
/// Open-addressing hash map from a trie edge (parent node, next char) to the child node. Edge and child share one
/// 64-bit slot (parent 24 bits, char 16, child 24), so a probe costs one cache line instead of a string hash.
/// </summary>
internal sealed class EdgeMap
{
    /// <summary>Nodes are numbered below this bound.</summary>
    public const int MaxNodes = 1 << 24;

    private const int ValueBits = 24;
    private const long ValueMask = MaxNodes - 1;

    private long[] _slots;
    private int _mask;
    private int _shift;

    public EdgeMap(int capacityPowerOfTwo)
    {
        _slots = new long[capacityPowerOfTwo];
        _mask = capacityPowerOfTwo - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)capacityPowerOfTwo);
    }

    private EdgeMap(EdgeMap other)
    {
        _slots = (long[])other._slots.Clone();
        _mask = other._mask;
        _shift = other._shift;
        Count = other.Count;
    }

    public int Count { get; private set; }

    /// <summary>The child of <paramref name="parent"/> (never 0: root edges live in a direct table) by char c, or 0.</summary>
    public int Get(int parent, char c)
    {
        var key = Key(parent, c);
        var i = Slot(key);
        while (true)
        {
            var slot = _slots[i];
            if (slot >>> ValueBits == key)
            {
                return (int)(slot & ValueMask);
            }

            if (slot == 0)
            {
                return 0;
            }

            i = (i + 1) & _mask;
        }
    }

    /// <summary>Adds an edge that is not yet in the map.</summary>
    public void Add(int parent, char c, int child)
    {
        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        Insert((Key(parent, c) << ValueBits) | (uint)child);
        Count++;
    }

    public EdgeMap Clone() => new(this);

    private static long Key(int parent, char c) => ((long)parent << 16) | c;

    private int Slot(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> _shift);

    private void Insert(long entry)
    {
        var i = Slot(entry >>> ValueBits);
        while (_slots[i] != 0)
        {
            i = (i + 1) & _mask;
        }

        _slots[i] = entry;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new long[old.Length * 2];
        _mask = _slots.Length - 1;
        _shift = 64 - System.Numerics.BitOperations.Log2((uint)_slots.Length);
        foreach (var entry in old)
        {
            if (entry != 0)
            {
                Insert(entry);
            }
        }
    }
}
