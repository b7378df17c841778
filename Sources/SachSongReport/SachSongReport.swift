import SachSong
