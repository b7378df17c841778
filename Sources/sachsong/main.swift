print("sachsong")
